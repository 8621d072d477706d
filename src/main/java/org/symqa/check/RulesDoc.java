package org.symqa.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.symqa.LoadedRules;
import org.symqa.lexicon.Lexicon;
import org.symqa.resources.ResourceSource;
import org.symqa.lexicon.LexiconLibrary;
import org.symqa.lexicon.WordFamilies;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;
import org.symqa.rules.Rule;
import org.symqa.topic.Topic;
import org.symqa.topic.TopicScoring;

/**
 * Writes the Markdown catalogue of a rule set: topics with their cues and rules, lexicons with their users, and
 * the answer templates. The same rules always give the same bytes. The entries of single topics, rules and frames
 * are written by {@link CatalogueEntries}.
 */
public final class RulesDoc {
    /** The command that regenerates the repository's catalogue. */
    public static final String REGENERATE = "java -jar target/symqa.jar rules doc rules -o docs/rules.md";

    private final LoadedRules loaded;
    private final List<String> lexiconNames;
    private final StringBuilder out = new StringBuilder();
    private final CatalogueEntries entries;

    private RulesDoc(LoadedRules loaded, List<String> lexiconNames) {
        this.loaded = loaded;
        this.lexiconNames = lexiconNames;
        this.entries = new CatalogueEntries(out, loaded.topicScoring());
    }

    /** The catalogue of rules that loaded without problems, with the lexicons of {@code lexicons}. */
    public static String write(LoadedRules loaded, ResourceSource lexicons) throws SourceException {
        List<Problem> problems = new java.util.ArrayList<>();
        List<String> names = LexiconChecks.names(lexicons, problems);
        if (!problems.isEmpty()) {
            throw new SourceException(problems.get(0).file(), 1, 1, problems.get(0).message());
        }
        return new RulesDoc(loaded, names).document();
    }

    private String document() throws SourceException {
        List<Topic> topics = loaded.topics();
        line("# Rule catalogue");
        line("");
        line("Generated from `rules/` and `lexicons/` by `" + REGENERATE + "`; do not edit by hand.");
        line("A test fails when this file is not current. How to write rules: [writing-rules.md](writing-rules.md).");
        line("");
        line(topics.size() + " topics, " + loaded.allRules().size() + " evidence rules, "
                + lexiconNames.size() + " lexicons.");
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
            entries.topic(t, loaded.rules().getOrDefault(t.id(), List.of()));
        }
        frames();
        lexicons();
        templates();
        return out.toString();
    }

    private void frames() {
        if (loaded.frames().isEmpty()) {
            return;
        }
        line("");
        line("## Frames");
        line("");
        line("`rules/frames.rules`: a frame's first role is its anchor; a rule uses a frame with `frame: NAME`.");
        loaded.frames().values().forEach(entries::frame);
    }

    private void scoring() {
        TopicScoring s = loaded.topicScoring();
        if (s == null) {
            return;
        }
        line("");
        line("Topic scoring (header of `rules/topics.rules`): a `key:` line scores " + s.keyPoints() + " ("
                + s.keyPointsInExamples() + " when it holds only inside the question's examples), a `cue:` line "
                + s.cuePoints() + " (" + s.cuePointsInExamples() + "), and " + s.secondWordPoints() + " more when it holds"
                + " on a second word outside them; a topic with points gains " + s.domainPoints()
                + " when a `domain:` line holds, or loses " + s.offDomainPoints() + " when only an `off-domain:` line"
                + " does; a question is `general` below " + s.threshold() + " points; a second topic needs "
                + s.secondTopicPercent() + "% of the best topic's own points. Topic words match their word family (`lexicons/"
                + WordFamilies.LEXICON + ".txt`, " + s.families().size() + " families).");
        if (s.foreign().points() > 0) {
            line("With neither line, a topic loses " + s.foreign().points() + " when a noun of the question ("
                    + String.join(" ", new java.util.TreeSet<>(s.foreign().tags())) + ") stands in no topic line, no "
                    + "domain line, no `known:` line and no lexicon term, unless a `data-noun:` line holds.");
        }
        if (!s.domain().isEmpty() || !s.offDomain().isEmpty()) {
            line("");
            s.domain().forEach(d -> line("- domain: " + Markdown.code(d.toString())));
            s.offDomain().forEach(d -> line("- off-domain: " + Markdown.code(d.toString())));
            s.foreign().known().forEach(d -> line("- known: " + Markdown.code(d.toString())));
            s.foreign().data().forEach(d -> line("- data-noun: " + Markdown.code(d.toString())));
        }
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
        for (String name : lexiconNames) {
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
