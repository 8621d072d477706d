package org.symqa.check;

import java.util.List;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Condition;
import org.symqa.rules.Example;
import org.symqa.rules.Frame;
import org.symqa.rules.Rule;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicScoring;

/**
 * Writes the catalogue entry of one topic, evidence rule or frame as Markdown lines, for {@link RulesDoc}: its
 * heading, where it is defined, its conditions and its examples.
 */
final class CatalogueEntries {
    private final StringBuilder out;
    private final TopicScoring scoring;

    /** Entries appended to {@code out}; {@code scoring} (may be null) gives the points of key and cue lines. */
    CatalogueEntries(StringBuilder out, TopicScoring scoring) {
        this.out = out;
        this.scoring = scoring;
    }

    /** The entry of topic {@code t}, followed by the entries of its {@code rules}. */
    void topic(Topic t, List<Rule> rules) {
        line("");
        line("### topic " + t.id());
        line("");
        line((t.cq() == 0 ? "" : "CQ" + t.cq() + ", ") + "`" + t.file() + ":" + t.line() + "`.");
        line("");
        conditions("key" + (scoring == null ? "" : " (" + scoring.keyPoints() + " points)"), t.keys());
        conditions("cue" + (scoring == null ? "" : " (" + scoring.cuePoints() + " points)"), t.cues());
        conditions("need", t.need());
        for (org.symqa.topic.Topic.Exclusion x : t.exclusions()) {
            line("- not: " + Markdown.code(x.not().toString()));
            if (x.unless() != null) {
                line("- unless: " + Markdown.code(x.unless().toString()));
            }
        }
        line("- found: " + Markdown.quote(t.found()));
        line("- missing: " + Markdown.quote(t.missing()));
        t.must().forEach(e -> line("- must: " + Markdown.quote(e.text())));
        t.mustNot().forEach(e -> line("- must-not: " + Markdown.quote(e.text())));
        for (Rule r : rules) {
            rule(r);
        }
    }

    /** The entry of evidence rule {@code r}. */
    void rule(Rule r) {
        line("");
        line("#### " + r.id());
        line("");
        line("- kind: " + r.kind().name().toLowerCase(java.util.Locale.ROOT) + ", `" + r.location() + "`");
        for (Condition c : r.conditions()) {
            c.written().forEach(w -> line("- " + w.key() + ": " + Markdown.code(w.value())));
        }
        r.must().forEach(e -> line("- must: " + Markdown.quote(e.text()) + roles(e)));
        r.mustNot().forEach(e -> line("- must-not: " + Markdown.quote(e.text())));
    }

    /** The entry of frame {@code f}. */
    void frame(Frame f) {
        line("");
        line("### frame " + f.name());
        line("");
        line("`" + f.location() + "`.");
        line("");
        for (Frame.Role r : f.roles()) {
            line("- role " + r.name() + ": " + Markdown.code(r.pattern().toString()));
        }
        f.must().forEach(e -> line("- must: " + Markdown.quote(e.text()) + roles(e)));
        f.mustNot().forEach(e -> line("- must-not: " + Markdown.quote(e.text())));
    }

    private static String roles(Example e) {
        if (e.expected().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(" =>");
        e.expected().forEach((k, v) -> b.append(' ').append(k).append('=').append(v.isEmpty() ? "(none)" : Markdown.code(v)));
        return b.toString();
    }

    private void conditions(String label, List<AnyOf> list) {
        list.forEach(c -> line("- " + label + ": " + Markdown.code(c.toString())));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
