package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symqa.check.RuleFixture;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The conventions users expect of a command line: {@code --version} on every command, usage and exit code 2 without
 * a command, help text that wraps between words, and one rule for where rules and lexicons come from.
 */
class ConventionsTest {
    /** Every command of the tree, as the words that name it ({@code [rules, check]}); the help command aside. */
    static Stream<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), out);
        return out.stream();
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                collect(sub, p, out);
            }
        });
    }

    private static String[] with(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void theTreeHasEveryCommand() {
        List<String> names = commands().map(c -> String.join(" ", c)).toList();
        assertTrue(names.containsAll(List.of("", "answer", "batch", "explain", "eval", "paper", "rules", "rules check",
                "rules doc", "rules suggest", "serve")), names.toString());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandPrintsTheVersion(List<String> command) {
        MainTest.Run r = MainTest.run(with(command, "--version"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("symqa \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), command + ": '" + r.out() + "'");
        assertEquals("", r.err());
    }

    @Test
    void noArgumentsPrintsUsageToStandardErrorAndExitsTwo() {
        MainTest.Run r = MainTest.run();
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Usage: symqa [-hV] [COMMAND]"), r.err());
        assertTrue(r.err().contains("Commands:"), r.err());
    }

    @Test
    void aMissingArgumentIsAUsageErrorToo() {
        MainTest.Run r = MainTest.run("batch");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Missing required parameter: 'IN.jsonl[.gz]'"), r.err());
    }

    /** Every word of every description and option text stands whole in the help, never broken across lines. */
    @ParameterizedTest
    @MethodSource("commands")
    void helpWrapsBetweenWords(List<String> command) {
        MainTest.Run r = MainTest.run(with(command, "--help"));
        assertEquals(0, r.code(), r.err());
        Set<String> shown = new HashSet<>(List.of(r.out().split("\\s+")));
        CommandSpec spec = Main.commandLine().getCommandSpec();
        for (String name : command) {
            spec = spec.subcommands().get(name).getCommandSpec();
        }
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        for (ArgSpec a : spec.args()) {
            texts.addAll(List.of(a.description()));
        }
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                if (!word.isEmpty() && !word.contains("${")) {
                    assertTrue(shown.contains(word), command + ": '" + word + "' is broken in the help:\n" + r.out());
                }
            }
        }
        assertTrue(r.out().lines().allMatch(l -> l.length() <= 80), r.out());
    }

    @Test
    void theHelpSaysWhereRulesComeFrom() {
        for (String[] c : new String[][] {{"answer"}, {"batch"}, {"rules", "check"}}) {
            String help = MainTest.run(with(List.of(c), "--help")).out().replaceAll("\\s+", " ");
            assertTrue(help.contains("Default: the rules embedded in the jar, wherever symqa runs."), help);
            assertTrue(help.contains("the 'lexicons' folder beside the rules folder"), help);
        }
    }

    /** A rules folder whose lexicon knows a device the embedded lexicons do not. */
    private static RuleFixture widgetRules(Path dir) throws Exception {
        return new RuleFixture(dir).lexicon("hardware-device", "Quantum Widget 9000\n")
                .rule("evidence/hardware.rules", """
                        topic: hardware

                        rule hardware.device
                          kind: direct
                          has: @hardware-device
                          must: We trained on a Quantum Widget 9000.
                        """);
    }

    @Test
    void aRulesFolderTakesTheLexiconsBesideItAndTheTraceSaysSo(@TempDir Path dir) throws Exception {
        RuleFixture f = widgetRules(dir);
        Path prompt = Files.writeString(dir.resolve("p.json"), "{\"question\": \"Which GPU did they train on?\", "
                + "\"contexts\": [\"We trained on a Quantum Widget 9000 for two days.\"]}");
        MainTest.Run r = MainTest.run("answer", "--trace", prompt.toString(), "--rules", f.rules.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("answered", o.get("verdict").asText(), r.out());
        assertEquals("Quantum Widget 9000", o.get("facts").get(0).get("text").asText());
        assertEquals(f.rules.toString(), o.get("trace").get("rulesFrom").get("rules").asText());
        assertEquals(f.lexicons.toString(), o.get("trace").get("rulesFrom").get("lexicons").asText());

        MainTest.Run other = MainTest.run("answer", "--json", prompt.toString(), "--rules", f.rules.toString(),
                "--lexicons", "lexicons");
        assertEquals(0, other.code(), other.err());
        assertFalse(other.out().contains("\"verdict\" : \"answered\""), other.out());
    }

    @Test
    void withoutFoldersTheTraceSaysEmbedded(@TempDir Path dir) throws Exception {
        Path prompt = Files.writeString(dir.resolve("p.json"), "{\"question\": \"Which GPU did they train on?\", "
                + "\"contexts\": [\"We trained on a Tesla V100 GPU.\"]}");
        MainTest.Run r = MainTest.run("answer", "--trace", prompt.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode from = new ObjectMapper().readTree(r.out()).get("trace").get("rulesFrom");
        assertEquals("embedded", from.get("rules").asText());
        assertEquals("embedded", from.get("lexicons").asText());
    }

    @Test
    void aRulesFolderWithoutLexiconsBesideItUsesTheEmbeddedOnes(@TempDir Path dir) throws Exception {
        assertEquals(null, RuleSources.lexiconDir(dir, null, "--lexicons "));
        Files.createDirectories(dir.resolve("lexicons"));
        Path rules = Files.createDirectories(dir.resolve("rules"));
        assertEquals(dir.resolve("lexicons"), RuleSources.lexiconDir(rules, null, "--lexicons "));
        assertEquals(Path.of("lexicons"), RuleSources.lexiconDir(Path.of("rules"), null, "--lexicons "));
        CliException e = assertThrows(CliException.class,
                () -> RuleSources.lexiconDir(rules, dir.resolve("nope"), "--lexicons "));
        assertEquals("--lexicons " + dir.resolve("nope") + ": not a folder", e.getMessage());
    }
}
