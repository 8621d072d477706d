package org.symqa.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.FindingLog;
import org.symqa.nlp.Chunk;
import org.symqa.nlp.Document;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.rules.Rule;
import org.symqa.rules.RuleOrder;

/**
 * Builds the trace of a prompt that the pipeline has answered, from what the run recorded ({@link FindingLog}): the
 * rules that fired and their facts are the answer's own. Only two things are worked out afresh, both marked as
 * such: the tags of sentences the run left untagged (shown for reading) and, for each rule of the topic that fired
 * nowhere, its nearest miss.
 */
public final class Tracer {
    private final Symqa symqa;

    public Tracer(Symqa symqa) {
        this.symqa = symqa;
    }

    /** The trace of a result. */
    public Trace trace(Result result) {
        Document doc = symqa.annotate(result.prompt());
        FindingLog log = result.finding().log();
        Set<FindingLog.SentenceRef> tagged = new HashSet<>(log.tagged());
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
                        c.text().originalEnd(s.end()), s.text(), tokens,
                        tagged.contains(new FindingLog.SentenceRef(c.number(), i))));
                views.add(new RuleDiagnosis.Located(c.number(), symqa.view(s)));
            }
            chunks.add(new Trace.ChunkTrace(c.number(), c.text().original(), c.text().text(), c.text().repairs(), sentences));
        }
        List<Trace.Fired> fired = new ArrayList<>();
        Set<String> firedRules = new HashSet<>();
        for (Evidence e : log.matches()) {
            firedRules.add(e.rule());
            fired.add(fired(e, chunks, result.finding().evidence().contains(e)));
        }
        List<Trace.Near> near = new ArrayList<>();
        for (org.symqa.answer.NearFinding n : result.near()) {
            List<Trace.Fired> nf = new ArrayList<>();
            // a near topic's match counts as cited when the reply names one of its facts
            n.finding().log().matches().forEach(e -> nf.add(fired(e, chunks,
                    e.facts().stream().anyMatch(result.answer().facts()::contains))));
            near.add(new Trace.Near(n.topic(), n.finding().verdict(), nf));
        }
        List<NearMiss> misses = new ArrayList<>();
        RuleDiagnosis diagnosis = new RuleDiagnosis();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Rule rule : RuleOrder.of(symqa.ruleSet().rules(), result.topicIds())) {
            sources.put(rule.id(), rule.location() + "\n" + rule);
            if (!firedRules.contains(rule.id())) {
                misses.add(diagnosis.nearest(rule, views));
            }
        }
        for (Evidence e : log.matches()) {
            sources.putIfAbsent(e.rule(), e.location());
        }
        String template = result.answer().template();
        return new Trace(result.prompt().question(), result.prompt().wordLimit(),
                result.prompt().format().name().toLowerCase(Locale.ROOT), chunks, result.topics(), fired,
                log.decisions(), misses, result.finding().verdict(), result.finding().reason(), template,
                symqa.ruleSet().templates().location(template), result.answer().text(), symqa.ruleSet().digest(),
                symqa.ruleSet().nlp(), symqa.ruleSet().origin(), List.copyOf(symqa.ruleSet().files().keySet()),
                sources, near);
    }

    /** A match as the trace shows it. */
    private static Trace.Fired fired(Evidence e, List<Trace.ChunkTrace> chunks, boolean cited) {
        return new Trace.Fired(e.rule(), e.location(), e.kind().name().toLowerCase(Locale.ROOT), e.chunk(),
                sentenceIndex(chunks.get(e.chunk() - 1), e.start()), e.text(), facts(e), cited);
    }

    /** The facts of evidence as the answer writes them: text, roles, and "(not)" when negated. */
    private static List<String> facts(Evidence e) {
        List<String> out = new ArrayList<>();
        for (org.symqa.evidence.Fact f : e.facts()) {
            StringBuilder b = new StringBuilder(f.role() == null ? "" : f.role() + "=").append(f.text());
            f.details().forEach(d -> b.append(", ").append(d.role()).append('=').append(d.text()));
            out.add(f.negated() ? b + " (not)" : b.toString());
        }
        return out;
    }

    /** The index of the chunk's sentence that starts at an original offset (-1 when none does). */
    private static int sentenceIndex(Trace.ChunkTrace chunk, int start) {
        for (Trace.SentenceTrace s : chunk.sentences()) {
            if (s.start() == start) {
                return s.index();
            }
        }
        return -1;
    }
}
