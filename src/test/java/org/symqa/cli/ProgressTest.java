package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines of long runs: done/total, rate, time left; in place on a terminal, every few seconds in a log. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aLineShowsDoneOfTotalRateAndTimeLeft() {
        assertEquals("symqa batch: 1200/5000 lines (24%), 40.0 lines/s, 1m35s left",
                Progress.line("symqa batch", "lines", 1200, 5000, 30 * SECOND));
        assertEquals("symqa eval: 5000/5000 items (100%), 50.0 items/s, 0s left",
                Progress.line("symqa eval", "items", 5000, 5000, 100 * SECOND));
        assertEquals("symqa batch: 0/0 lines (100%), 0.0 lines/s", Progress.line("symqa batch", "lines", 0, 0, 0));
    }

    @Test
    void withoutATotalThereIsNoPercentageNorTimeLeft() {
        assertEquals("symqa batch: 300 lines, 10.0 lines/s", Progress.line("symqa batch", "lines", 300, -1, 30 * SECOND));
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("0s", Progress.duration(0.4));
        assertEquals("59s", Progress.duration(59.4));
        assertEquals("1m00s", Progress.duration(59.6));
        assertEquals("59m59s", Progress.duration(3599));
        assertEquals("1h00m", Progress.duration(3600));
        assertEquals("2h07m", Progress.duration(2 * 3600 + 7 * 60 + 59));
    }

    @Test
    void inALogALineComesEveryFiveSeconds() {
        AtomicLong now = new AtomicLong(0);
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), "symqa batch", "lines", 100, false, now::get);
        for (int done = 1; done <= 100; done++) {
            now.addAndGet(SECOND / 5); // five items a second: 20 s in all
            p.update(done);
        }
        p.finish();
        assertEquals("""
                symqa batch: 25/100 lines (25%), 5.0 lines/s, 15s left
                symqa batch: 50/100 lines (50%), 5.0 lines/s, 10s left
                symqa batch: 75/100 lines (75%), 5.0 lines/s, 5s left
                symqa batch: 100/100 lines (100%), 5.0 lines/s, 0s left
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void justUnderFiveSecondsWritesNothing() {
        AtomicLong now = new AtomicLong(0);
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), "symqa eval", "items", 10, false, now::get);
        now.set(Progress.LOG_EVERY_NANOS - 1);
        p.update(3);
        assertEquals("", out.toString());
        now.set(Progress.LOG_EVERY_NANOS);
        p.update(4);
        assertEquals("symqa eval: 4/10 items (40%), 0.8 items/s, 8s left\n", out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void onATerminalOneLineIsRedrawnAndClearedAtTheEnd() {
        AtomicLong now = new AtomicLong(0);
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out), "symqa batch", "lines", 4, true, now::get);
        now.set(SECOND / 10);
        p.update(1); // too soon to redraw
        now.set(SECOND);
        p.update(2);
        now.set(2 * SECOND);
        p.update(4);
        p.finish();
        assertEquals("\rsymqa batch: 2/4 lines (50%), 2.0 lines/s, 1s left\u001b[K"
                + "\rsymqa batch: 4/4 lines (100%), 2.0 lines/s, 0s left\u001b[K\r\u001b[K", out.toString());
    }

    @Test
    void countsTheLinesABatchAnswersPlainOrGzipped(@TempDir Path dir) throws Exception {
        String text = "{\"id\":1}\n\n  \t\n{\"id\":2}\r\n{\"id\":3}";
        long max = Long.MAX_VALUE;
        assertEquals(5, LineCount.count(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max));
        assertEquals(0, LineCount.count(new ByteArrayInputStream(new byte[0]), max));
        assertEquals(1, LineCount.count(new ByteArrayInputStream("x\n".getBytes(StandardCharsets.UTF_8)), max));
        assertEquals(2, LineCount.count(new ByteArrayInputStream("x\n\r".getBytes(StandardCharsets.UTF_8)), max));
        Path plain = Files.writeString(dir.resolve("in.jsonl"), text);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path zipped = Files.write(dir.resolve("in.jsonl.gz"), gz.toByteArray());
        assertEquals(5, LineCount.of(plain.toString(), max));
        assertEquals(5, LineCount.of(zipped.toString(), max));
        assertEquals(-1, LineCount.of("-", max));
        assertEquals(-1, LineCount.of(dir.resolve("missing.jsonl").toString(), max));
    }

    @Test
    void aFileOverTheInputLimitHasNoTotal() throws Exception {
        byte[] four = "a\nb\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(2, LineCount.count(new ByteArrayInputStream(four), 4));
        assertEquals(-1, LineCount.count(new ByteArrayInputStream(four), 3));
    }
}
