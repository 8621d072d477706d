package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that crashed, hung or lost data (issue 12), run through the command line in-process: each item that fails
 * gets one line naming the cause and its neighbours run; outputs are checked; limits refuse what is too large.
 */
class RobustCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LOCAL = {"--rules", "rules", "--lexicons", "lexicons"};

    private static String[] args(String... a) {
        String[] all = new String[a.length + LOCAL.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(LOCAL, 0, all, a.length, LOCAL.length);
        return all;
    }

    private static String json(String s) throws IOException {
        return JSON.writeValueAsString(s);
    }

    private static String line(String id, String prompt) throws IOException {
        return "{\"id\": \"" + id + "\", \"prompt\": " + json(prompt) + "}";
    }

    private static final String GOOD = "Which GPU did they train on?\n\nAll networks were trained on a single NVIDIA RTX 3090 GPU.";

    /** A rules folder like the repository's, with one repair that overflows the stack on a long run of 'a'. */
    private static Path overflowingRules(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("evidence"));
        try (var files = Files.walk(Path.of("rules"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        Files.writeString(rules.resolve("text-repair.txt"), Files.readString(rules.resolve("text-repair.txt"))
                + "\n# a pattern whose alternation recurses once per character\ndelete boom: (?:a|b)+c\n");
        return rules;
    }

    private static final String DEEP = "Which GPU did they train on?\n\nWe trained on a GPU. " + "a".repeat(200_000) + " end.";

    @Test
    void aWordOfSixThousandHyphensIsAnsweredAndItsNeighboursToo(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line("a", GOOD) + "\n" + line("b", GOOD.replace("single", "-".repeat(6000))) + "\n"
                + line("c", GOOD) + "\n");
        Path out = dir.resolve("out.jsonl");
        MainTest.Run r = MainTest.run(args("batch", in.toString(), "-o", out.toString(), "--quiet"));
        String[] lines = Files.readString(out).split("\n");
        assertEquals(3, lines.length, r.err());
        assertEquals("answered", JSON.readTree(lines[1]).path("verdict").asText(), lines[1]);
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("Error"), r.err());
    }

    @Test
    void aStackOverflowInOneLineIsThatLinesErrorAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path rules = overflowingRules(dir);
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line("a", GOOD) + "\n" + line("b", DEEP) + "\n" + line("c", GOOD) + "\n");
        Path out = dir.resolve("out.jsonl");
        MainTest.Run r = MainTest.run("batch", in.toString(), "-o", out.toString(), "--quiet", "--threads", "1",
                "--rules", rules.toString(), "--lexicons", "lexicons");
        String[] lines = Files.readString(out).split("\n");
        assertEquals(3, lines.length, r.err());
        assertEquals("answered", JSON.readTree(lines[0]).path("verdict").asText());
        assertEquals("line 2: text too deeply nested for the repair or layout patterns (stack overflow)",
                JSON.readTree(lines[1]).path("error").asText());
        assertEquals("answered", JSON.readTree(lines[2]).path("verdict").asText());
        assertEquals(1, r.code());
    }

    @Test
    void aStackOverflowInAnswerAndExplainIsOneLine(@TempDir Path dir) throws Exception {
        Path rules = overflowingRules(dir);
        Path prompt = dir.resolve("deep.txt");
        Files.writeString(prompt, DEEP);
        for (String command : new String[] {"answer", "explain"}) {
            MainTest.Run r = MainTest.run(command, prompt.toString(), "--rules", rules.toString(), "--lexicons", "lexicons");
            assertEquals(new MainTest.Run(1, "", "symqa " + command + ": " + prompt
                    + ": text too deeply nested for the repair or layout patterns (stack overflow)\n"), r);
        }
    }

    @Test
    void aPaperThatFailsDoesNotStopTheFolder(@TempDir Path dir) throws Exception {
        Path rules = overflowingRules(dir);
        Path papers = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(papers.resolve("a-deep.txt"), DEEP.substring(DEEP.indexOf("We")));
        Files.writeString(papers.resolve("b-good.txt"), "All networks were trained on a single NVIDIA RTX 3090 GPU.");
        MainTest.Run r = MainTest.run("paper", papers.toString(), "--format", "csv", "--rules", rules.toString(),
                "--lexicons", "lexicons");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("a-deep.txt: error: text too deeply nested"), r.err());
        assertTrue(r.out().contains("\nb-good,"), r.out());
        assertTrue(r.err().contains("2 papers: 1 answered file, 1 failed"), r.err());
    }

    @Test
    void blankLinesAndTrailingGarbageGetErrorResultsInPlace(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line("a", GOOD) + "\n\n   \n" + line("d", GOOD) + " trailing\n" + line("e", GOOD) + "\n");
        Path out = dir.resolve("out.jsonl");
        MainTest.Run r = MainTest.run(args("batch", in.toString(), "-o", out.toString(), "--quiet"));
        String[] lines = Files.readString(out).split("\n");
        assertEquals(5, lines.length);
        assertEquals("line 2: blank line (no JSON object)", JSON.readTree(lines[1]).path("error").asText());
        assertEquals("line 3: blank line (no JSON object)", JSON.readTree(lines[2]).path("error").asText());
        assertTrue(JSON.readTree(lines[3]).path("error").asText().startsWith("line 4: malformed JSON at column"), lines[3]);
        assertEquals("answered", JSON.readTree(lines[4]).path("verdict").asText());
        assertEquals(1, r.code());
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersWithOrWithoutOutputFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        String bad = "{\"id\": \"x\\ud800y\", \"question\": \"Which GPU \\udc00 was used?\", \"contexts\": "
                + "[\"We trained on a Tesla K80 GPU \\ud800.\"]}";
        Files.writeString(in, line("a", GOOD) + "\n" + bad + "\n" + line("c", GOOD) + "\n");
        Path out = dir.resolve("out.jsonl");
        MainTest.Run toFile = MainTest.run(args("batch", in.toString(), "-o", out.toString(), "--quiet"));
        byte[] written = Files.readAllBytes(out);
        MainTest.Run toStdout = MainTest.run(args("batch", in.toString(), "--quiet"));
        assertEquals(0, toFile.code(), toFile.err());
        assertEquals(0, toStdout.code(), toStdout.err());
        String text = InputText.decode(written, "out"); // strict UTF-8: throws on invalid bytes
        assertEquals(text, toStdout.out());
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        JsonNode second = JSON.readTree(lines[1]);
        assertEquals("x\uFFFDy", second.path("id").asText());
        assertFalse(text.contains("?y"), text);
    }

    @Test
    void aFullDiskIsOneLineNamingTheOutput(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line("a", GOOD) + "\n");
        MainTest.Run r = MainTest.run(args("batch", in.toString(), "-o", "/dev/full", "--quiet"));
        assertEquals(new MainTest.Run(74, "", "symqa batch: /dev/full: cannot write: No space left on device\n"), r);
        Path prompt = dir.resolve("p.txt");
        Files.writeString(prompt, GOOD);
        PrintStream old = System.out;
        try (PrintStream full = new PrintStream(new FileOutputStream("/dev/full"), false, StandardCharsets.UTF_8)) {
            for (String[] a : new String[][] {{"answer", prompt.toString()}, {"answer", "--json", prompt.toString()},
                {"explain", prompt.toString()}, {"batch", in.toString()}, {"rules", "doc", "rules"}}) {
                MainTest.Run run = runWithOut(full, a[0].equals("rules") ? a : args(a));
                assertEquals(74, run.code(), String.join(" ", a) + ": " + run.err());
                assertTrue(run.err().endsWith("standard output: write failed (disk full or closed pipe?)\n"), run.err());
            }
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void aClosedPipeStopsTheBatchAtOnce(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append(line("l" + i, GOOD)).append('\n');
        }
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, b.toString());
        OutputStream closed = new OutputStream() {
            private int n;

            @Override
            public void write(int c) throws IOException {
                if (++n > 300) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        MainTest.Run r = runWithOut(new PrintStream(closed, false, StandardCharsets.UTF_8), args("batch", in.toString(), "--threads", "1"));
        assertEquals(74, r.code());
        assertTrue(r.err().startsWith("symqa batch: standard output: write failed"), r.err());
        assertFalse(r.err().contains("40 lines"), r.err());
    }

    @Test
    void promptsOverTheSizeLimitAreRefusedWithoutReadingThemWhole(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, GOOD + " " + "word ".repeat(300_000));
        MainTest.Run r = MainTest.run(args("answer", big.toString()));
        assertEquals(new MainTest.Run(1, "", "symqa answer: " + big + ": more than 1,048,576 bytes (--max-prompt)\n"), r);
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        InputStream oldIn = System.in;
        try {
            System.setIn(zeros);
            MainTest.Run z = MainTest.run(args("answer", "-", "--max-prompt", "64K"));
            assertEquals(new MainTest.Run(1, "", "symqa answer: <stdin>: more than 65,536 bytes (--max-prompt)\n"), z);
        } finally {
            System.setIn(oldIn);
        }
    }

    @Test
    void aLineOverTheLimitIsSkippedAndItsNeighboursAnswered(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line("a", GOOD) + "\n" + line("b", GOOD + " x".repeat(40_000)) + "\n" + line("c", GOOD) + "\n");
        Path out = dir.resolve("out.jsonl");
        MainTest.Run r = MainTest.run(args("batch", in.toString(), "-o", out.toString(), "--quiet", "--max-line", "64K"));
        String[] lines = Files.readString(out).split("\n");
        assertEquals(3, lines.length);
        long length = line("b", GOOD + " x".repeat(40_000)).getBytes(StandardCharsets.UTF_8).length;
        assertEquals(String.format(java.util.Locale.ROOT, "line 2: %,d bytes long, over the limit of 65,536 bytes (--max-line)", length),
                JSON.readTree(lines[1]).path("error").asText());
        assertEquals("c", JSON.readTree(lines[2]).path("id").asText());
        assertEquals(1, r.code());
        MainTest.Run p = MainTest.run(args("batch", in.toString(), "-o", out.toString(), "--quiet", "--max-prompt", "16K"));
        assertEquals(String.format(java.util.Locale.ROOT, "line 2: prompt of %,d bytes is over the limit of 16,384 bytes (--max-prompt)",
                (GOOD + " x".repeat(40_000)).length()),
                JSON.readTree(Files.readString(out).split("\n")[1]).path("error").asText(), p.err());
    }

    @Test
    void aGzipBombStopsAtTheInputLimitAfterTheLinesBeforeIt(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bomb.jsonl.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in))) {
            gz.write((line("a", GOOD) + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        assertTrue(Files.size(in) < 200_000);
        Path out = dir.resolve("out.jsonl");
        MainTest.Run r = MainTest.run(args("batch", in.toString(), "-o", out.toString(), "--quiet", "--max-input", "8M"));
        assertEquals("symqa batch: " + in + ": more than 8,388,608 bytes of input (--max-input)\n", r.err());
        assertEquals(1, r.code());
        assertEquals("a", JSON.readTree(Files.readString(out).split("\n")[0]).path("id").asText());
    }

    @Test
    void aPromptOverItsTimeLimitIsAnErrorAndTheNextRuns(@TempDir Path dir) throws Exception {
        String slow = "Which GPU did they train on?\n\n" + "We trained models on GPUs and on CPUs. ".repeat(3000);
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, line("a", slow) + "\n" + line("b", GOOD) + "\n");
        Path out = dir.resolve("out.jsonl");
        MainTest.Run r = MainTest.run(args("batch", in.toString(), "-o", out.toString(), "--quiet", "--time-limit", "0.001"));
        String[] lines = Files.readString(out).split("\n");
        assertEquals(2, lines.length);
        assertEquals("line 1: over the time limit of 0.001 s (--time-limit)", JSON.readTree(lines[0]).path("error").asText());
        assertEquals(1, r.code());
    }

    @Test
    void windowsAndOldMacLineEndsGiveTheAnswersOfUnixOnes(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"hardware-answered.txt", "plain-question.txt", "postprocessing-partial.txt"}) {
            String lf = Files.readString(Path.of("testdata/prompts", name));
            Path crlf = dir.resolve("crlf-" + name);
            Files.writeString(crlf, lf.replace("\n", "\r\n"));
            Path cr = dir.resolve("cr-" + name);
            Files.writeString(cr, lf.replace("\n", "\r"));
            MainTest.Run expected = MainTest.run(args("answer", "testdata/prompts/" + name));
            assertEquals(0, expected.code(), expected.err());
            assertEquals(expected, MainTest.run(args("answer", crlf.toString())), name + " with \\r\\n");
            assertEquals(expected, MainTest.run(args("answer", cr.toString())), name + " with \\r");
        }
    }

    @Test
    void controlCharactersNeverReachTheOutput(@TempDir Path dir) throws Exception {
        Path prompt = dir.resolve("p.txt");
        Files.writeString(prompt, "Which GPU did they train on?\n\nAll networks were trained on a single NVIDIA RTX\u0007 "
                + "3090\u0000 GPU\u001b[31m with \u007f24 GB.");
        MainTest.Run text = MainTest.run(args("answer", prompt.toString()));
        MainTest.Run json = MainTest.run(args("answer", "--json", prompt.toString()));
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("NVIDIA RTX 3090 GPU"), text.out());
        for (String out : new String[] {text.out(), JSON.readTree(json.out()).path("answer").asText(),
            JSON.readTree(json.out()).path("evidence").toString()}) {
            assertEquals("", out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f)
                    .mapToObj(Integer::toHexString).reduce("", String::concat), out);
        }
    }

    @Test
    void csvCellsNeverStartAFormulaAndMarkdownHoldsNoHtmlOrLink(@TempDir Path dir) throws Exception {
        Path papers = Files.createDirectories(dir.resolve("papers"));
        Files.writeString(papers.resolve("=HYPERLINK(1).txt"), "=cmd|' /C calc'!A0 trained on a single NVIDIA RTX 3090 GPU. "
                + "<script>alert(1)</script> All networks were trained on a single Tesla K80 GPU "
                + "[click](javascript:alert(1)).");
        Path longCsv = dir.resolve("long.csv");
        MainTest.Run csv = MainTest.run(args("paper", papers.toString(), "--format", "csv", "--long", longCsv.toString()));
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().contains("\n'=HYPERLINK(1),"), csv.out());
        for (String row : Files.readString(longCsv).split("\n")) {
            for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertFalse(!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0, row);
            }
        }
        MainTest.Run md = MainTest.run(args("paper", papers.toString()));
        assertEquals(0, md.code(), md.err());
        assertFalse(md.out().contains("<script>") || md.out().matches("(?s).*[^\\\\]\\]\\(javascript:.*"), md.out());
        assertTrue(md.out().contains("\\[click\\](javascript:"), md.out());
        assertTrue(md.out().contains("&lt;script&gt;"), md.out());
    }

    private static synchronized MainTest.Run runWithOut(PrintStream out, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(out);
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new MainTest.Run(code, "", err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
