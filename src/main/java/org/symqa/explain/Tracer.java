package org.symqa.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.evidence.Evidence;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.rules.Rule;
import org.symqa.rules.RuleMatch;
import org.symqa.rules.RuleOrder;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/** Builds the trace of a prompt that the pipeline has answered. */
public final class Tracer {
    private final Symqa symqa;

    public Tracer(Symqa symqa) {
        this.symqa = symqa;
    }

    /** The trace of a result (the context is annotated again, every sentence tagged; annotation is deterministic). */
    public Trace trace(Result result) {
        Document doc = symqa.annotate(result.prompt());
        List<Trace.ChunkTrace> chunks = new ArrayList<>();
        List<RuleDiagnosis.Located> views = new ArrayList<>();
        for (Chunk c : doc.chunks()) {
            List<Trace.SentenceTrace> sentences = new ArrayList<>();
            for (int i = 0; i < c.sentences().size(); i++) {
                Sentence s = c.tagged(i);
                List<Trace.TokenTrace> tokens = new ArrayList<>();
                for (Token t : s.tokens()) {
                    tokens.add(new Trace.TokenTrace(t.word(), t.lemma(), t.pos(), c.text().originalOffset(t.start()),
                            c.text().originalEnd(t.end())));
                }
                sentences.add(new Trace.SentenceTrace(s.index(), c.text().originalOffset(s.start()),
                        c.text().originalEnd(s.end()), s.text(), tokens));
                views.add(new RuleDiagnosis.Located(c.number(), symqa.view(s)));
            }
            chunks.add(new Trace.ChunkTrace(c.number(), c.text().original(), c.text().text(), c.text().repairs(), sentences));
        }
        Set<String> cited = new TreeSet<>();
        for (Evidence e : result.finding().evidence()) {
            cited.add(e.chunk() + ":" + e.start() + ":" + e.rule());
        }
        List<Trace.Fired> fired = new ArrayList<>();
        List<NearMiss> misses = new ArrayList<>();
        RuleDiagnosis diagnosis = new RuleDiagnosis();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Rule rule : RuleOrder.of(symqa.ruleSet().rules(), result.topicIds())) {
            sources.put(rule.id(), rule.location() + "\n" + rule);
            boolean any = false;
            for (RuleDiagnosis.Located v : views) {
                RuleMatch m = rule.match(v.view());
                if (m != null) {
                    any = true;
                    Sentence s = v.view().sentence();
                    Chunk c = doc.chunks().get(v.chunk() - 1);
                    int start = c.text().originalOffset(s.start());
                    fired.add(new Trace.Fired(rule.id(), rule.location(), rule.kind().name().toLowerCase(Locale.ROOT),
                            v.chunk(), s.index(), s.text(), facts(v.view(), m),
                            cited.contains(v.chunk() + ":" + start + ":" + rule.id())));
                }
            }
            if (!any) {
                misses.add(diagnosis.nearest(rule, views));
            }
        }
        String template = result.answer().template();
        return new Trace(result.prompt().question(), result.prompt().wordLimit(),
                result.prompt().format().name().toLowerCase(Locale.ROOT), chunks, result.topics(), fired, misses,
                result.finding().verdict(), result.finding().reason(), template,
                symqa.ruleSet().templates().location(template), result.answer().text(), symqa.ruleSet().digest(),
                symqa.ruleSet().nlp(), List.copyOf(symqa.ruleSet().files().keySet()), sources);
    }

    private static List<String> facts(SentenceView v, RuleMatch m) {
        List<String> out = new ArrayList<>();
        for (Span s : m.facts()) {
            out.add(v.tokens().subList(s.start(), s.end()).stream().map(Token::word).collect(Collectors.joining(" ")));
        }
        return out;
    }
}
