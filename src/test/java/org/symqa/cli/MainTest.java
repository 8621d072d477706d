package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: outputs, exit codes and one-line errors on bad input. */
class MainTest {
    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static final String[] LOCAL = {"--rules", "rules", "--lexicons", "lexicons"};

    private static String[] args(String... a) {
        String[] all = new String[a.length + LOCAL.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(LOCAL, 0, all, a.length, LOCAL.length);
        return all;
    }

    @Test
    void answersInTheLayoutThePromptAsksFor() {
        Run r = run(args("answer", "testdata/prompts/hardware-answered.txt"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Answer:::\nAnswer: The context names this hardware: single NVIDIA RTX 3090 GPU (24 GB) [1]."), r.out());
        assertTrue(r.out().endsWith("\n\nAnswer:::\n"), r.out());
    }

    @Test
    void helpTeachesTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("answer") && r.out().contains("batch") && r.out().contains("Examples:"), r.out());
    }

    @Test
    void badInputGivesOneLineAndNonZeroExit(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'W', 'h', 'y', '?', (byte) 0xC3, '\n'});
        Path noQuestion = Files.writeString(dir.resolve("noq.txt"), "Just context.\n\nMore context.");
        assertEquals(new Run(1, "", "symqa answer: " + empty + ": empty input: no prompt\n"), run(args("answer", empty.toString())));
        assertEquals(new Run(1, "", "symqa answer: " + bad + ": invalid UTF-8 at byte offset 4\n"), run(args("answer", bad.toString())));
        Run nq = run(args("answer", noQuestion.toString()));
        assertEquals(1, nq.code());
        assertTrue(nq.err().startsWith("symqa answer: " + noQuestion + ": no question found"), nq.err());
        assertEquals(1, nq.err().lines().count());
        assertEquals(new Run(1, "", "symqa answer: missing.txt: no such file\n"), run(args("answer", "missing.txt")));
    }

    @Test
    void reportsBadRuleFilesWithTheirLocation(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("evidence"));
        for (String f : new String[] {"topics.rules", "prompt-layout.txt", "text-repair.txt", "general.txt", "answers.txt",
            "frames.rules", "negation.txt", "facts.txt", "background.txt", "about.txt"}) {
            Files.copy(Path.of("rules", f), rules.resolve(f));
        }
        try (var files = Files.list(Path.of("rules", "evidence"))) {
            for (Path p : files.toList()) {
                Files.copy(p, rules.resolve("evidence").resolve(p.getFileName()));
            }
        }
        Files.writeString(rules.resolve("evidence/hardware.rules"), "topic: hardware\nrule hardware.x\n  kind: direct\n  has: @nope\n");
        Run r = run("answer", "testdata/prompts/hardware-answered.txt", "--rules", rules.toString(), "--lexicons", "lexicons");
        assertEquals(new Run(1, "", "symqa answer: rule file error: " + rules + "/evidence/hardware.rules:4:8: "
                + "unknown lexicon 'nope' (no lexicons/nope.txt)\n"), r);
    }

    @Test
    void batchWritesOneLinePerInputInOrderAndSurvivesBadLines(@TempDir Path dir) throws Exception {
        String prompt = Files.readString(Path.of("testdata/prompts/hardware-answered.txt"));
        String good = "{\"id\": \"a\", \"prompt\": " + com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(prompt) + ", \"other\": 1}";
        Path in = dir.resolve("in.jsonl");
        Files.write(in, (good + "\n{\"id\": \"b\", \"prompt\": \n"
                + "{\"id\": \"c\", \"question\": \"Which GPU was used?\", \"contexts\": [\"We trained on a Tesla K80 GPU.\"]}\n"
                + "{\"id\": \"d\"}\n").getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("out.jsonl");
        Run r = run(args("batch", in.toString(), "-o", out.toString(), "--threads", "2"));
        assertEquals(1, r.code());
        assertTrue(r.err().contains("4 lines, 2 errors"), r.err());
        String[] lines = Files.readString(out).split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("{\"id\":\"a\",\"verdict\":\"answered\""), lines[0]);
        assertTrue(lines[1].startsWith("{\"id\":\"line 2\",\"error\":\"line 2: malformed JSON"), lines[1]);
        assertTrue(lines[2].startsWith("{\"id\":\"c\",\"verdict\":\"answered\""), lines[2]);
        assertEquals("{\"id\":\"d\",\"error\":\"line 4: no question found: JSON needs a string 'prompt', "
                + "or 'question' with 'contexts'\"}", lines[3]);
    }
}
