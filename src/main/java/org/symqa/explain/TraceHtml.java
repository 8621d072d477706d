package org.symqa.explain;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.HashMap;
import java.util.Map;

/**
 * Renders a trace as one self-contained HTML page (no script, no network, no external file): the chunks with
 * evidence highlighted and every token's tags on hover, the topic decision, the rules that fired and the nearest
 * misses, each rule linked to its source lines.
 */
public final class TraceHtml {
    private static final String STYLE = "body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#222}"
            + "h1{font-size:1.4em}h2{font-size:1.1em;border-bottom:1px solid #ccc;margin-top:1.6em}"
            + ".chunk{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;margin:.6em 0;white-space:pre-wrap}"
            + ".tok:hover{background:#ffe08a;cursor:help}.direct{background:#c9f0c9}.related{background:#fde2b5}"
            + ".answer{background:#f4f6fb;border-left:4px solid #4a6fd1;padding:.6em 1em;white-space:pre-wrap}"
            + "pre{background:#f6f6f6;padding:.5em;overflow-x:auto}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ddd;padding:.2em .5em;vertical-align:top;text-align:left}.miss{color:#a33}";

    private TraceHtml() {
    }

    /** The trace as an HTML page. */
    public static String render(Trace t) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>symqa explain</title><style>" + STYLE + "</style></head><body>\n");
        b.append("<h1>").append(esc(t.question())).append("</h1>\n");
        b.append("<p>Verdict: <b>").append(t.verdict().json()).append("</b> (").append(t.reason().json())
                .append("). Topics: ").append(esc(String.join(", ", t.topics().topics()))).append(".</p>\n");
        b.append("<div class=\"answer\" id=\"answer\">").append(esc(t.answer())).append("</div>\n");
        b.append("<p>Template <code>").append(esc(t.template())).append("</code> (").append(esc(t.templateLocation()))
                .append("). Rules ").append(esc(t.rulesDigest())).append(" (").append(esc(t.rulesFrom().toString()))
                .append(").</p>\n");
        for (Trace.Near n : t.near()) {
            b.append("<p>Near topic <code>").append(esc(n.topic())).append("</code>: ").append(n.verdict().json());
            for (Trace.Fired f : n.fired()) {
                b.append("; <code>").append(esc(f.rule())).append("</code> in [").append(f.chunk()).append("]");
                if (!f.facts().isEmpty()) {
                    b.append(" (").append(esc(String.join("; ", f.facts()))).append(')');
                }
            }
            b.append(".</p>\n");
        }
        b.append("<h2>Chunks</h2>\n<p>Hover a word for its lemma and part of speech. <span class=\"direct\">Green</span>: "
                + "direct evidence; <span class=\"related\">orange</span>: related evidence.</p>\n");
        Map<String, Trace.Fired> bySentence = new HashMap<>();
        for (Trace.Fired f : t.fired()) {
            bySentence.putIfAbsent(f.chunk() + ":" + f.sentence(), f);
        }
        for (Trace.ChunkTrace c : t.chunks()) {
            b.append("<div class=\"chunk\" id=\"chunk-").append(c.number()).append("\"><b>[").append(c.number()).append("]</b> ");
            int pos = 0;
            for (Trace.SentenceTrace s : c.sentences()) {
                b.append(esc(c.original().substring(pos, Math.max(pos, s.start()))));
                Trace.Fired f = bySentence.get(c.number() + ":" + s.index());
                if (f != null) {
                    b.append("<a href=\"#rule-").append(esc(f.rule())).append("\" class=\"").append(f.kind())
                            .append("\" title=\"").append(esc(f.rule())).append("\">");
                }
                int p = s.start();
                for (Trace.TokenTrace k : s.tokens()) {
                    b.append(esc(c.original().substring(p, Math.max(p, k.start()))));
                    b.append("<span class=\"tok\" title=\"").append(esc(k.lemma() + " / " + k.pos())).append("\">")
                            .append(esc(c.original().substring(k.start(), k.end()))).append("</span>");
                    p = k.end();
                }
                b.append(esc(c.original().substring(p, Math.max(p, s.end()))));
                if (f != null) {
                    b.append("</a>");
                }
                pos = Math.max(pos, s.end());
            }
            b.append(esc(c.original().substring(Math.min(pos, c.original().length())))).append("</div>\n");
        }
        b.append("<h2>Topic decision</h2>\n<table><tr><th>topic</th><th>cue</th><th>question words</th><th>points</th></tr>\n");
        t.topics().cues().forEach(cue -> b.append("<tr><td>").append(esc(cue.topic())).append("</td><td><code>")
                .append(esc(cue.item())).append("</code></td><td>").append(esc(cue.words())).append("</td><td>")
                .append(cue.points()).append("</td></tr>\n"));
        b.append("</table>\n<h2>Rules that fired</h2>\n<table><tr><th>rule</th><th>kind</th><th>chunk</th><th>sentence</th></tr>\n");
        for (Trace.Fired f : t.fired()) {
            b.append("<tr><td><a href=\"#rule-").append(esc(f.rule())).append("\">").append(esc(f.rule())).append("</a>")
                    .append(f.cited() ? " (cited)" : "").append("</td><td>").append(f.kind()).append("</td><td>[")
                    .append(f.chunk()).append("]</td><td>").append(esc(f.text())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        if (!t.decisions().isEmpty()) {
            b.append("<h2>Decisions</h2>\n<ul>\n");
            t.decisions().forEach(d -> b.append("<li>").append(esc(d)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<h2>Rules that did not fire: nearest miss</h2>\n");
        for (NearMiss m : t.nearMisses()) {
            b.append("<p><a href=\"#rule-").append(esc(m.rule())).append("\">").append(esc(m.rule())).append("</a>");
            if (m.chunk() > 0) {
                b.append(" nearest in [").append(m.chunk()).append("]: <i>").append(esc(m.sentence())).append("</i>");
            }
            b.append("<br>");
            m.held().forEach(h -> b.append("held: ").append(esc(h)).append("<br>"));
            m.failed().forEach(f -> b.append("<span class=\"miss\">failed: ").append(esc(f)).append("</span><br>"));
            b.append("</p>\n");
        }
        b.append("<h2>Rule sources</h2>\n");
        t.ruleSources().forEach((id, src) -> b.append("<pre id=\"rule-").append(esc(id)).append("\">")
                .append(esc(src)).append("</pre>\n"));
        b.append("</body></html>\n");
        return b.toString();
    }

    private static String esc(String s) {
        return escapeHtml4(s);
    }
}
