package org.symqa.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.symqa.lexicon.Lexicon;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.WordFamilies;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.AnyOf;
import org.symqa.rules.Rule;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicScoring;

/**
 * Writes the Markdown catalogue of a rule set: topics with their cues and rules, lexicons with their users, and
 * the answer templates. The same rules always give the same bytes.
 */
public final class RulesDoc {
    /** The command that regenerates the repository's catalogue. */
    public static final String REGENERATE = "java -jar target/symqa.jar rules doc rules -o docs/rules.md";

    private final LoadedRules loaded;
    private final StringBuilder out = new StringBuilder();

    private RulesDoc(LoadedRules loaded) {
        this.loaded = loaded;
    }

    /** The catalogue of rules that loaded without problems. */
    public static String write(LoadedRules loaded) throws SourceException {
        return new RulesDoc(loaded).document();
    }

    private String document() throws SourceException {
        List<Topic> topics = loaded.topics();
        line("# Rule catalogue");
        line("");
        line("Generated from `rules/` and `lexicons/` by `" + REGENERATE + "`; do not edit by hand.");
        line("A test fails when this file is not current. How to write rules: [writing-rules.md](writing-rules.md).");
        line("");
        line(topics.size() + " topics, " + loaded.allRules().size() + " evidence rules, "
                + loaded.lexiconNames().size() + " lexicons.");
        line("");
        line("| topic | CQ | direct rules | related rules |");
        line("|---|---|---|---|");
        for (Topic t : topics) {
            List<Rule> rules = loaded.rules().getOrDefault(t.id(), List.of());
            long direct = rules.stream().filter(r -> r.kind() == org.symqa.rules.RuleKind.DIRECT).count();
            line("| [" + t.id() + "](#" + Markdown.anchor("topic " + t.id()) + ") | " + (t.cq() == 0 ? "" : t.cq())
                    + " | " + direct + " | " + (rules.size() - direct) + " |");
        }
        scoring();
        line("");
        line("## Topics and their rules");
        for (Topic t : topics) {
            topic(t);
        }
        lexicons();
        templates();
        return out.toString();
    }

    private void topic(Topic t) {
        line("");
        line("### topic " + t.id());
        line("");
        line((t.cq() == 0 ? "" : "CQ" + t.cq() + ", ") + "`" + t.file() + ":" + t.line() + "`.");
        line("");
        TopicScoring scoring = loaded.topicScoring();
        conditions("key" + (scoring == null ? "" : " (" + scoring.keyPoints() + " points)"), t.keys());
        conditions("cue" + (scoring == null ? "" : " (" + scoring.cuePoints() + " points)"), t.cues());
        conditions("need", t.need());
        if (t.not() != null) {
            line("- not: " + Markdown.code(t.not().toString()));
        }
        line("- found: " + Markdown.quote(t.found()));
        line("- missing: " + Markdown.quote(t.missing()));
        t.must().forEach(e -> line("- must: " + Markdown.quote(e.text())));
        t.mustNot().forEach(e -> line("- must-not: " + Markdown.quote(e.text())));
        for (Rule r : loaded.rules().getOrDefault(t.id(), List.of())) {
            rule(r);
        }
    }

    private void scoring() {
        TopicScoring s = loaded.topicScoring();
        if (s == null) {
            return;
        }
        line("");
        line("Topic scoring (header of `rules/topics.rules`): a `key:` line scores " + s.keyPoints() + " ("
                + s.keyPointsInExamples() + " when it holds only inside the question's examples), a `cue:` line "
                + s.cuePoints() + " (" + s.cuePointsInExamples() + "); a topic with points gains " + s.domainPoints()
                + " when a `domain:` line holds, or loses " + s.offDomainPoints() + " when only an `off-domain:` line"
                + " does; a question is `general` below " + s.threshold() + " points; a second topic needs "
                + s.secondTopicPercent() + "% of the best topic's own points. Topic words match their word family (`lexicons/"
                + WordFamilies.LEXICON + ".txt`, " + s.families().size() + " families).");
        if (!s.domain().isEmpty() || !s.offDomain().isEmpty()) {
            line("");
            s.domain().forEach(d -> line("- domain: " + Markdown.code(d.toString())));
            s.offDomain().forEach(d -> line("- off-domain: " + Markdown.code(d.toString())));
        }
    }

    private void rule(Rule r) {
        line("");
        line("#### " + r.id());
        line("");
        line("- kind: " + r.kind().name().toLowerCase(java.util.Locale.ROOT) + ", `" + r.location() + "`");
        conditions("has", r.has());
        if (r.not() != null) {
            line("- not: " + Markdown.code(r.not().toString()));
        }
        if (r.pattern() != null) {
            line("- pattern: " + Markdown.code(r.pattern().toString()));
        }
        r.must().forEach(e -> line("- must: " + Markdown.quote(e.text())));
        r.mustNot().forEach(e -> line("- must-not: " + Markdown.quote(e.text())));
    }

    private void conditions(String label, List<AnyOf> list) {
        list.forEach(c -> line("- " + label + ": " + Markdown.code(c.toString())));
    }

    private void lexicons() throws SourceException {
        Map<String, List<String>> users = LexiconUse.of(loaded);
        LexiconLibrary library = loaded.lexicons();
        line("");
        line("## Lexicons");
        line("");
        line("`lexicons/NAME.txt`, one term a line; `@NAME` in a rule stands for any of its terms.");
        line("");
        line("| lexicon | terms | used by |");
        line("|---|---|---|");
        for (String name : loaded.lexiconNames()) {
            Lexicon lexicon = library.get(name);
            String by = users.getOrDefault(name, List.of()).stream().collect(Collectors.joining(", "));
            line("| " + Markdown.code(name) + " | " + lexicon.terms().size() + " | "
                    + Markdown.cell(by.isEmpty() ? "(nothing)" : by) + " |");
        }
    }

    private void templates() {
        KeyValueFile answers = loaded.answers();
        if (answers == null) {
            return;
        }
        line("");
        line("## Answer templates");
        line("");
        line("`" + answers.name() + "`; `${name}` is filled in when the answer is written.");
        line("");
        line("| key | value | line |");
        line("|---|---|---|");
        for (KeyValueFile.Entry e : answers.entries()) {
            line("| " + Markdown.code(e.key()) + " | " + Markdown.cell(Markdown.code(e.value())) + " | " + e.line() + " |");
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
