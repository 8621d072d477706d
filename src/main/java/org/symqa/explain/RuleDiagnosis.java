package org.symqa.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Rule;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/** Finds, for a rule that did not fire, the sentence where it came nearest, and says what held and what failed. */
final class RuleDiagnosis {
    private final Map<String, PatternSteps> steps = new HashMap<>();

    /** One sentence as seen by rules, with its chunk number. */
    record Located(int chunk, SentenceView view) {
    }

    NearMiss nearest(Rule rule, List<Located> sentences) {
        NearMiss best = null;
        double bestScore = -1;
        for (Located s : sentences) {
            List<String> held = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            double score = 0;
            for (AnyOf has : rule.has()) {
                List<Span> found = has.find(s.view());
                if (found.isEmpty()) {
                    failed.add("has: " + has + " (none found)");
                } else {
                    held.add("has: " + has + " ('" + words(s.view(), found.get(0)) + "')");
                    score++;
                }
            }
            if (rule.not() != null) {
                List<Span> found = rule.not().find(s.view());
                if (found.isEmpty()) {
                    score += 0.5;
                } else {
                    failed.add("not: " + rule.not() + " (blocked by '" + words(s.view(), found.get(0)) + "')");
                }
            }
            if (rule.pattern() != null) {
                PatternSteps.Progress p = steps.computeIfAbsent(rule.id(), k -> new PatternSteps(rule.pattern().toString()))
                        .progress(s.view());
                if (p.stoppedAt() == null) {
                    held.add("pattern: matched '" + words(s.view(), p.span()) + "'");
                    score++;
                } else {
                    score += (double) p.matched() / p.total();
                    failed.add("pattern: " + p.matched() + " of " + p.total() + " steps matched"
                            + (p.span() == null ? "" : " ('" + words(s.view(), p.span()) + "')")
                            + ", stopped at " + p.stoppedAt());
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = new NearMiss(rule.id(), rule.location(), s.chunk(), s.view().sentence().text(), held, failed);
            }
        }
        if (best == null) {
            return new NearMiss(rule.id(), rule.location(), 0, "", List.of(), List.of("no sentence in the context"));
        }
        return best;
    }

    private static String words(SentenceView s, Span span) {
        return s.tokens().subList(span.start(), span.end()).stream().map(Token::word).collect(Collectors.joining(" "));
    }
}
