package org.symqa.explain;

import java.util.ArrayList;
import java.util.List;
import org.symqa.rules.Condition;
import org.symqa.rules.Rule;
import org.symqa.rules.SentenceView;

/**
 * Finds, for a rule that did not fire, the sentence where it came nearest, and says what held and what failed: each
 * line of the rule diagnoses itself ({@link Condition#check}).
 */
final class RuleDiagnosis {

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
            for (Condition c : diagnosisOrder(rule)) {
                Condition.Check check = c.check(s.view());
                score += check.score();
                if (check.note() != null) {
                    (check.held() ? held : failed).add(check.note());
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

    /**
     * The lines in the order their notes are shown: has:, frame:, not: (an unless: line with the not: line it waives
     * among them), pattern: and fact: lines, each kind in file order.
     */
    private static List<Condition> diagnosisOrder(Rule rule) {
        List<Condition> out = new ArrayList<>();
        for (String key : List.of("has", "frame", "not", "pattern", "fact")) {
            rule.conditions().stream().filter(c -> c.written().get(0).key().equals(key)).forEach(out::add);
        }
        return out;
    }
}
