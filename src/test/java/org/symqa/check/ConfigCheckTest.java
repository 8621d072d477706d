package org.symqa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.RuleSet;
import org.symqa.TestPipeline;
import org.symqa.cli.Main;
import org.symqa.resources.SourceException;

/**
 * The configuration files (layout, repairs, templates, general settings, questions, the evidence folder) are
 * checked as strictly as rules: {@code rules check} reports each problem at its file:line:col, and loading the rules
 * for answering stops at the first with the same line.
 */
class ConfigCheckTest {
    @TempDir
    Path dir;

    private String check(RuleFixture f) {
        CheckReport r = new RuleChecker(TestPipeline.annotator()).check(f.rulesSource(), f.lexiconSource());
        return r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    /** The first problem loading for answering meets, as the answering commands print it after "rule file error: ". */
    private String load(RuleFixture f) {
        try {
            RuleSet.load(f.rulesSource(), f.lexiconSource(), TestPipeline.annotator());
            return "loaded";
        } catch (SourceException e) {
            return e.getMessage();
        }
    }

    private RuleFixture withFile(String name, String from, String to) throws Exception {
        RuleFixture f = new RuleFixture(Files.createTempDirectory(dir, "rules"));
        String text = Files.readString(f.rules.resolve(name));
        assertTrue(text.contains(from), from);
        return f.rule(name, text.replace(from, to));
    }

    /** The 1-based number of the repository layout's chunk-size line. */
    private static int chunkSizeLine() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("rules", "prompt-layout.txt"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("chunk-size:")) {
                return i + 1;
            }
        }
        throw new AssertionError("no chunk-size line in rules/prompt-layout.txt");
    }

    /** The 1-based number of the first line of the fixture's {@code name} that starts with {@code start}. */
    private static int line(RuleFixture f, String name, String start) throws Exception {
        List<String> lines = Files.readAllLines(f.rules.resolve(name));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + name);
    }

    private void assertReported(RuleFixture f, String problem) {
        assertEquals(problem, check(f));
        assertEquals(problem, load(f));
    }

    @Test
    void unknownAndRepeatedKeysInAnswers() throws Exception {
        RuleFixture f = withFile("answers.txt", "max-direct: 6\n", "max-direct: 6\nmax-dirct: 6\nmax-direct: 7\n");
        assertEquals("""
                rules/answers.txt:LINE2:1: unknown key 'max-dirct' (known keys: answered, answered-without-facts, \
                evidence-intro, evidence-item, partial, no-information, no-context, examples, fact, list-and, list-or, \
                roles-before, values-apart, negated-one, negated-many, about-sections, section, sections, heading, \
                chunk, about-references-one, about-references-many, about, about-no-deep-learning, \
                about-nothing-deep, about-quote, about-near, general-answered, general-yes, general-no, \
                general-unsettled, max-direct, max-related, max-facts, context-sentences, max-related-unanswered, \
                context-sentences-unanswered, general-context-sentences, min-quote-words, max-facts-near, \
                examples-in-question, answered.hardware)
                rules/answers.txt:LINE3:1: duplicate key 'max-direct' (first on line LINE1)"""
                .replace("LINE1", "" + line(f, "answers.txt", "max-direct: 6"))
                .replace("LINE2", "" + (line(f, "answers.txt", "max-direct: 6") + 1))
                .replace("LINE3", "" + (line(f, "answers.txt", "max-direct: 6") + 2)), check(f));
    }

    @Test
    void aNearLineNamesTopicsOfTheCatalogueOtherThanItsOwnEachOnce() throws Exception {
        RuleFixture f = withFile("answers.txt", "max-direct: 6\n", "max-direct: 6\nnear.hardware: nowhere hardware\n"
                + "near.elsewhere: hardware\n");
        int at = line(f, "answers.txt", "near.hardware");
        assertEquals("rules/answers.txt:" + at + ":16: 'near.hardware' names 'hardware' twice or as its own near topic\n"
                + "rules/answers.txt:" + at + ":16: 'near.hardware' names as near topics no topics of topics.rules: "
                + "nowhere\n"
                + "rules/answers.txt:" + (at + 1) + ":1: 'near.elsewhere' names no topic of topics.rules (hardware)",
                check(f));
        assertEquals("loaded", load(withFile("answers.txt", "max-direct: 6\n", "max-direct: 6\nnear.hardware:\n")));
    }

    @Test
    void aGarbageLineInTheLayout() throws Exception {
        assertReported(withFile("prompt-layout.txt", "chunk-size: 1000", "chunk-size: 1000\nthis line is garbage: really"),
                "rules/prompt-layout.txt:" + (chunkSizeLine() + 1) + ":1: unknown key 'this line is garbage' (known keys: "
                        + "stuff-header, stuff-question, "
                        + "stuff-tail, query, query-unquoted, word-limit, answer-block, plain-question-label, "
                        + "plain-context-label, labelled-question, labelled-context, labelled-end, labelled-fence, chunk-size, "
                        + "stuff-chunks, max-question)");
        assertReported(withFile("prompt-layout.txt", "chunk-size: 1000", "chunk-size: 1000\nno colon here"),
                "rules/prompt-layout.txt:" + (chunkSizeLine() + 1) + ":1: expected 'key: value'");
    }

    @Test
    void aChunkSizeOfZero() throws Exception {
        assertReported(withFile("prompt-layout.txt", "chunk-size: 1000", "chunk-size: 0"),
                "rules/prompt-layout.txt:" + chunkSizeLine() + ":13: chunk-size must be a whole number from 1 to 1048576, "
                        + "not '0'");
    }

    @Test
    void anUnknownTemplateVariable() throws Exception {
        RuleFixture f = withFile("answers.txt", "partial: The context does not say ${missing}",
                "partial: The context does not say ${mising}");
        assertReported(f, "rules/answers.txt:" + line(f, "answers.txt", "partial: ") + ":35: unknown variable ${mising} "
                + "in template partial (it takes ${about}, ${examples}, ${found}, ${missing}, ${question})");
    }

    @Test
    void aBadExamplesPattern() throws Exception {
        RuleFixture f = withFile("answers.txt", "([^)]++)\\)", "([^)]++\\)");
        assertReported(f, "rules/answers.txt:" + line(f, "answers.txt", "examples-in-question:")
                + ":93: bad pattern for examples-in-question: Unclosed group");
    }

    @Test
    void aGeneralSettingThatIsNoNumber() throws Exception {
        RuleFixture f = withFile("general.txt", "answer-coverage: 0.6", "answer-coverage: two");
        assertReported(f, "rules/general.txt:" + line(f, "general.txt", "answer-coverage:")
                + ":18: not a number: two");
    }

    @Test
    void anOtherModelTopicThatIsNoTopic() throws Exception {
        RuleFixture f = withFile("background.txt", "plans: \"future work\"\n", "plans: \"future work\"\n"
                + "other-model: GLMM\nother-model-deep: network\nother-model-reach: 2\n"
                + "other-model-topics: hardware | hardwere\n");
        assertReported(f, "rules/background.txt:" + line(f, "background.txt", "other-model-topics:")
                + ":21: other-model-topics: 'hardwere' is no evidence topic of topics.rules");
    }

    @Test
    void aRepeatedRepairName() throws Exception {
        RuleFixture f = withFile("text-repair.txt", "space spaces: [ \\t]{2,}+", "space spaces: [ \\t]{2,}+\ndelete spaces: x");
        int first = line(f, "text-repair.txt", "space spaces:");
        assertReported(f, "rules/text-repair.txt:" + (first + 1) + ":8: duplicate repair name 'spaces' (first on line "
                + first + ")");
    }

    @Test
    void malformedQuestionLines() throws Exception {
        RuleFixture f = new RuleFixture(dir).rule("questions.tsv", """
                topic\tcq\tquestion
                hardware\t20\tWhat hardware was used?
                this is a garbage line
                hardware\ttwenty\tWhich GPU?
                hardware\t20\tWhich GPU again?
                nosuch\t21\tWhat?
                """);
        assertEquals("""
                rules/questions.tsv:3:1: expected 3 tab-separated columns: topic, cq, question (found 1)
                rules/questions.tsv:4:10: cq must be a whole number from 1 to 999, not 'twenty'
                rules/questions.tsv:5:10: duplicate cq 20 (first on line 2)
                rules/questions.tsv:6:1: unknown topic 'nosuch'""", check(f));
    }

    @Test
    void aTopicWithoutItsEvidenceFile() throws Exception {
        RuleFixture f = new RuleFixture(dir);
        Files.delete(f.rules.resolve("evidence/hardware.rules"));
        Files.delete(f.rules.resolve("evidence"));
        assertReported(f, "rules/evidence/hardware.rules:1:1: file not found");
    }

    @Test
    void theAnsweringCommandsRefuseWithTheSameLine() throws Exception {
        Path rules = dir.resolve("rules");
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        Files.writeString(rules.resolve("prompt-layout.txt"),
                Files.readString(rules.resolve("prompt-layout.txt")).replace("chunk-size: 1000", "chunk-size: 0"));
        String problem = rules + "/prompt-layout.txt:" + chunkSizeLine() + ":13: chunk-size must be a whole number from 1 "
                + "to 1048576, not '0'";
        assertEquals(problem + "\n", run("rules", "check", rules.toString(), "--lexicons", "lexicons").split("\n", 2)[0] + "\n");
        for (String command : new String[] {"answer", "explain", "batch", "eval"}) {
            String err = run(command, "testdata/prompts/plain-question.txt", "--rules", rules.toString(), "--lexicons", "lexicons");
            assertEquals("symqa " + command + ": rule file error: " + problem + "\n", err);
        }
    }

    private static String run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
            Main.run(args);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
