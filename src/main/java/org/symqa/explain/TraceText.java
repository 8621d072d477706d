package org.symqa.explain;

import org.symqa.text.RepairedText;
import org.symqa.topic.TopicDecision;

/** Renders a trace as plain text, one section per pipeline stage. */
public final class TraceText {
    private TraceText() {
    }

    /** The trace as text. */
    public static String render(Trace t) {
        StringBuilder b = new StringBuilder();
        b.append("1. PROMPT\n");
        b.append("question: ").append(t.question()).append('\n');
        b.append("word limit: ").append(t.wordLimit() == 0 ? "none" : Integer.toString(t.wordLimit()))
                .append("; answer format: ").append(t.format()).append("; chunks: ").append(t.chunks().size()).append('\n');
        b.append("rules: ").append(t.rulesDigest()).append(" (").append(t.ruleFiles().size()).append(" files; ")
                .append(t.rulesFrom()).append("); nlp: ").append(t.nlp()).append('\n');
        b.append("\n2. TEXT REPAIR\n");
        for (Trace.ChunkTrace c : t.chunks()) {
            b.append("chunk ").append(c.number()).append(": ").append(c.repairs().size()).append(" repairs\n");
            for (RepairedText.Repair r : c.repairs()) {
                if (r.kind().equals("line-break") || r.kind().equals("spaces")) {
                    continue;
                }
                b.append("  ").append(r.kind()).append(" at ").append(r.originalStart()).append(": ")
                        .append(quote(r.before())).append(" -> ").append(quote(r.after())).append('\n');
            }
            long plain = c.repairs().stream().filter(r -> r.kind().equals("line-break") || r.kind().equals("spaces")).count();
            if (plain > 0) {
                b.append("  ").append(plain).append(" line breaks and runs of spaces made single spaces\n");
            }
        }
        b.append("\n3. SENTENCES (word/POS, lemma when it differs; * = tagged only for this trace: no rule could match it)\n");
        for (Trace.ChunkTrace c : t.chunks()) {
            b.append("chunk ").append(c.number()).append('\n');
            for (Trace.SentenceTrace s : c.sentences()) {
                b.append(s.taggedInRun() ? "  s" : " *s").append(s.index()).append(" [").append(s.start()).append('-').append(s.end()).append("] ")
                        .append(s.text()).append('\n').append("     ");
                for (Trace.TokenTrace k : s.tokens()) {
                    b.append(k.word()).append('/').append(k.pos());
                    if (!k.lemma().equals(k.word())) {
                        b.append('(').append(k.lemma()).append(')');
                    }
                    b.append(' ');
                }
                b.setLength(b.length() - 1);
                b.append('\n');
            }
        }
        b.append("\n4. TOPIC\n");
        b.append("topics: ").append(String.join(", ", t.topics().topics())).append('\n');
        for (TopicDecision.Cue cue : t.topics().cues()) {
            b.append("  ").append(cue.topic()).append(": ").append(cue.item()).append(" matched '").append(cue.words())
                    .append("' (+").append(cue.points()).append(")\n");
        }
        b.append("\n5. RULES THAT FIRED\n");
        if (t.fired().isEmpty()) {
            b.append("  none\n");
        }
        for (Trace.Fired f : t.fired()) {
            fired(b, "  ", f);
        }
        for (String d : t.decisions()) {
            b.append("  decision: ").append(d).append('\n');
        }
        b.append("\n6. RULES THAT DID NOT FIRE (nearest miss)\n");
        if (t.nearMisses().isEmpty()) {
            b.append("  none\n");
        }
        for (NearMiss m : t.nearMisses()) {
            b.append("  ").append(m.rule()).append(" (").append(m.location()).append(")\n");
            if (m.chunk() > 0) {
                b.append("     nearest: chunk ").append(m.chunk()).append(": ").append(m.sentence()).append('\n');
            }
            m.held().forEach(h -> b.append("     held:   ").append(h).append('\n'));
            m.failed().forEach(f -> b.append("     failed: ").append(f).append('\n'));
        }
        b.append("\n7. VERDICT\n");
        b.append(t.verdict().json()).append(" (").append(t.reason().json()).append(")\n");
        for (Trace.Near n : t.near()) {
            b.append("near topic ").append(n.topic()).append(": ").append(n.verdict().json()).append('\n');
            n.fired().forEach(f -> fired(b, "    ", f));
        }
        b.append("\n8. ANSWER\n");
        b.append("template: ").append(t.template()).append(" (").append(t.templateLocation()).append(")\n");
        b.append(t.answer()).append('\n');
        return b.toString();
    }

    /** A rule that fired, and its facts, indented. */
    private static void fired(StringBuilder b, String indent, Trace.Fired f) {
        b.append(indent).append(f.rule()).append(" (").append(f.location()).append(", ").append(f.kind())
                .append(f.cited() ? ", cited" : "").append(") chunk ").append(f.chunk()).append(" s")
                .append(f.sentence()).append(": ").append(f.text()).append('\n');
        if (!f.facts().isEmpty()) {
            b.append(indent).append("   facts: ").append(String.join("; ", f.facts())).append('\n');
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
