package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.eval.EvalScoring;

/** {@code symqa eval}: predictions as batch writes them, the scorer's lines, one-line errors on bad gold lines. */
class EvalCommandTest {
    private static final String GOLD = "testdata/eval/gold.jsonl";

    private static MainTest.Run run(String... a) {
        String[] all = new String[a.length + 4];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(new String[] {"--rules", "rules", "--lexicons", "lexicons"}, 0, all, a.length, 4);
        return MainTest.run(all);
    }

    @Test
    void writesBatchLinesAndScoresThem(@TempDir Path dir) throws Exception {
        Path pred = dir.resolve("pred.jsonl");
        MainTest.Run r = run("eval", GOLD, "-o", pred.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Path batch = dir.resolve("batch.jsonl");
        MainTest.Run b = run("batch", GOLD, "-o", batch.toString(), "--quiet");
        assertEquals(0, b.code(), b.err());
        assertEquals(Files.readString(batch), Files.readString(pred));
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("direct evidence cited"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("hardware ")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("this system              n=    6 acc=")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("overlap baseline         n=    6 acc=")), r.out());
        // the figures are those of the written predictions, scored again from the file
        assertEquals(EvalScoring.scoreLine(Path.of(GOLD), pred), lines.get(lines.size() - 1));
        assertTrue(lines.get(lines.size() - 1).matches("SCORE acc=\\d\\.\\d{3} f1=\\d\\.\\d{3} keyrecall=\\d\\.\\d{3} "
                + "evidence=(\\d\\.\\d{3}|nan) ungrounded=\\d\\.\\d{3} overlimit=\\d\\.\\d{3} n=6"), r.out());
    }

    @Test
    void standardInputIsReadOnceAndGivesTheFiguresOfTheFile() throws Exception {
        // a file is read twice (checked, then answered); standard input cannot be, so its tasks are kept
        java.io.InputStream oldIn = System.in;
        MainTest.Run fromStdin;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(Path.of(GOLD))));
            fromStdin = run("eval", "-", "--quiet");
        } finally {
            System.setIn(oldIn);
        }
        assertEquals(0, fromStdin.code(), fromStdin.err());
        assertEquals(run("eval", GOLD, "--quiet").out(), fromStdin.out());
    }

    @Test
    void generalQuestionsGetSpanRowsBesideTheBaseline() {
        MainTest.Run r = run("eval", "testdata/eval/general-gold.jsonl", "--quiet", "--baseline-overlap", "0.6");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int at = lines.indexOf("spans: this system       answered=   2 exact=1.000 partial=1.000 f1=1.000 squad2-f1=1.000");
        assertTrue(at > 0, r.out());
        // the baseline answers with whole sentences: it finds the right ones but matches no gold span
        assertEquals("spans: overlap baseline  answered=   2 exact=0.000 partial=0.000 f1=0.136 squad2-f1=0.424",
                lines.get(at + 1));
        // these questions are general anyway: answering them all on the general path changes nothing
        assertEquals(r.out(), run("eval", "testdata/eval/general-gold.jsonl", "--quiet", "--general").out());
        assertEquals(new MainTest.Run(2, "", "symqa eval: --baseline-overlap must lie between 0 and 1\n"),
                run("eval", "testdata/eval/general-gold.jsonl", "--baseline-overlap", "1.5"));
    }

    @Test
    void badGoldLinesStopWithFileAndLine(@TempDir Path dir) throws Exception {
        String good = Files.readAllLines(Path.of(GOLD), StandardCharsets.UTF_8).get(0);
        Path malformed = Files.writeString(dir.resolve("a.jsonl"), good + "\n{\"id\": \"x\",\n");
        MainTest.Run m = run("eval", malformed.toString());
        assertEquals(1, m.code());
        assertEquals("", m.out());
        assertTrue(m.err().startsWith("symqa eval: " + malformed + ":2: malformed JSON at column 12"), m.err());
        assertEquals(1, m.err().lines().count());
        Path noLabel = Files.writeString(dir.resolve("b.jsonl"), good + "\n\n{\"id\": \"y\", \"prompt\": \"Why?\"}\n");
        assertEquals(new MainTest.Run(1, "", "symqa eval: " + noLabel + ":3: 'answerable' must be true or false\n"),
                run("eval", noLabel.toString()));
        Path twice = Files.writeString(dir.resolve("c.jsonl"), good + "\n" + good + "\n");
        assertEquals(new MainTest.Run(1, "", "symqa eval: " + twice + ":2: duplicate id 'test:heron.pdf:CQ20' "
                + "(first on line 1)\n"), run("eval", twice.toString()));
        Path noQuestion = Files.writeString(dir.resolve("d.jsonl"), "{\"id\": \"z\", \"answerable\": false}\n");
        MainTest.Run nq = run("eval", noQuestion.toString());
        assertEquals(1, nq.code());
        assertTrue(nq.err().startsWith("symqa eval: " + noQuestion + ":1: no question found"), nq.err());
        assertEquals(1, nq.err().lines().count());
        assertEquals(new MainTest.Run(1, "", "symqa eval: missing.jsonl: no such file\n"), run("eval", "missing.jsonl"));
    }
}
