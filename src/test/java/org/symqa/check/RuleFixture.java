package org.symqa.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.symqa.resources.ResourceSource;

/** A small rules folder and lexicon folder in a temporary directory, for tests that break them on purpose. */
public final class RuleFixture {
    /** The scoring header of a topics file (as in the repository's topics.rules). */
    public static final String TOPIC_HEADER = """
            key-points: 6
            cue-points: 3
            key-points-in-examples: 2
            cue-points-in-examples: 1
            domain-points: 3
            off-domain-points: 6
            threshold: 6
            second-topic-percent: 75
            """;

    public final Path rules;
    public final Path lexicons;

    /** Copies the repository's layout, repair and answer files and writes minimal topics, settings and lexicons. */
    public RuleFixture(Path dir) throws IOException {
        rules = Files.createDirectories(dir.resolve("rules"));
        lexicons = Files.createDirectories(dir.resolve("lexicons"));
        Files.createDirectories(rules.resolve("evidence"));
        for (String f : new String[] {"prompt-layout.txt", "text-repair.txt"}) {
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        // the fixture knows one topic, so the other topics' own leads and near lines go
        Files.write(rules.resolve("answers.txt"), Files.readAllLines(Path.of("rules", "answers.txt")).stream()
                .filter(l -> !l.startsWith("answered.") || l.startsWith("answered.hardware:"))
                .filter(l -> !l.startsWith("near.")).toList());
        rule("general.txt", """
                bm25-weight: 0.5
                coverage-weight: 1
                span-weight: 0.3
                rewrite-weight: 0.3
                result-weight: 0.1
                aim-weight: -0.5
                background-weight: -0.3
                answer-coverage: 0.6
                polar-coverage: 0.7
                answer-margin: 0.05
                related-coverage: 0.3
                max-related: 3
                rewrite-gap: 4
                type-head-weight: 0.5
                stopwords: @stopwords
                result-cue: "we found"
                aim-cue: aim
                negation: not
                negation-after: "future work"
                hedge: unclear
                up: increase
                down: decrease
                scope-break: but
                number: #NUM
                number-before: about
                number-after: "%"
                number-range: to
                range-start: from
                date: /\\d{4}/
                place-word: city
                locative: in
                name-join: of
                list-join: and
                citation: al | "al."
                """);
        rule("general-questions.rules", """
                type count
                  asks: "how many"
                  answer: number
                  rewrite: ANSWER ... FOCUS
                  must: How many sites were there?

                type other
                  answer: clause
                  must: What did they find?
                """);
        rule("negation.txt", "pre: no | without\npost: omit\npseudo: \"not only\"\nend: but\ncomma-ends: without\n"
                + "verbal: not\nusage: use\nlist-join: or\nforward-window: 8\nbackward-window: 8\nstop-tags: VB.*\nphrase-stop-tags: VB.*\n");
        rule("facts.txt", "generic: data\nclause-end: which\nunit: GB\nmax-grow: 10\n");
        rule("background.txt", "reference-token: et | /(19|20)\\d\\d/\nreference-share: 0.25\nreference-min: 3\nreference-head: 10\nreference-head-token: /(19|20)\\d\\d/\nreference-opening: (?!)\nreference-fragment: 0\nreference-reach: 0\n"
                + "other-work: \"previous studies\"\nself: we\nplans: \"future work\"\n");
        rule("about.txt", "heading: (\\d\\. [A-Z][a-z]+)\nmax-sections: 2\nkind: @hardware-device\n"
                + "deep-learning: \"deep learning\"\nmax-terms: 5\n"
                + "study-quotes: 1\nstudy-min-words: 6\nstudy-max-words: 60\n");
        rule("frames.rules", """
                frame device
                  role device: @hardware-device
                  must: We trained on a Tesla V100. => device=Tesla V100
                """);
        rule("topics.rules", TOPIC_HEADER + """

                topic hardware
                  cq: 20
                  missing: which hardware was used
                  found: Hardware named in the context
                  key: gpu | @hardware-device
                  must: Which GPU did they train on?

                topic general
                  missing: what the question asks
                  found: The context says
                """);
        rule("evidence/hardware.rules", """
                topic: hardware

                rule hardware.device
                  kind: direct
                  has: @hardware-device
                  must: We trained on a Tesla V100.
                """);
        lexicon("hardware-device", "# devices\nGPU\nTesla V100\n");
        lexicon("hyphen-keep", "state-of-the-art\n");
        lexicon("stopwords", "the\na\n");
        lexicon("example-markers", "e.g.\n");
        lexicon("scorer-stop", "the\n");
        lexicon("section-heading", "methods\n");
        lexicon("word-families", "classify classification classifier\n");
        lexicon("suggest-stop", "et\n");
    }

    /** Writes a file of the rules folder. */
    public RuleFixture rule(String path, String text) throws IOException {
        Files.writeString(rules.resolve(path), text);
        return this;
    }

    /** Writes a lexicon. */
    public RuleFixture lexicon(String name, String text) throws IOException {
        Files.writeString(lexicons.resolve(name + ".txt"), text);
        return this;
    }

    ResourceSource rulesSource() {
        return ResourceSource.directory(rules, "rules");
    }

    ResourceSource lexiconSource() {
        return ResourceSource.directory(lexicons, "lexicons");
    }
}
