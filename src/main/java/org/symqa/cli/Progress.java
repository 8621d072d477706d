package org.symqa.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a long run (batch, eval) on standard error: items done of the total, the rate and the time left. On a
 * terminal one line is redrawn in place (at most five times a second); otherwise (a log file, CI) a line is written
 * every {@link #LOG_EVERY_NANOS} nanoseconds, so that logs stay short. When the total is not known (standard input),
 * the line has no percentage and no time left.
 */
final class Progress {
    /** How often a line is written when standard error is not a terminal: every 5 seconds. */
    static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String name;
    private final String unit;
    private final long total;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private boolean drawn;

    /**
     * @param err      where progress goes
     * @param name     what opens each line ({@code symqa batch})
     * @param unit     what is counted, plural ({@code lines})
     * @param total    how many there are, or -1 when not known
     * @param terminal true to redraw one line in place
     * @param clock    nanoseconds (System::nanoTime; tests give their own)
     */
    Progress(PrintWriter err, String name, String unit, long total, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.name = name;
        this.unit = unit;
        this.total = total;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.last = start;
    }

    /** Progress for a command run by a person: a terminal when the JVM has a console. */
    static Progress of(PrintWriter err, String name, String unit, long total) {
        return new Progress(err, name, unit, total, System.console() != null, System::nanoTime);
    }

    /** Reports that {@code done} items are done; writes a line when it is time to. */
    void update(long done) {
        long now = clock.getAsLong();
        if (now - last < (terminal ? REDRAW_EVERY_NANOS : LOG_EVERY_NANOS)) {
            return;
        }
        last = now;
        String line = line(name, unit, done, total, now - start);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Ends the redrawn line (if any), so that the summary that follows starts on a line of its own. */
    void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    /**
     * One progress line: {@code symqa batch: 1200/5000 lines (24%), 41.2 lines/s, 1m32s left}; without a total,
     * {@code symqa batch: 1200 lines, 41.2 lines/s}.
     */
    static String line(String name, String unit, long done, long total, long elapsedNanos) {
        double secs = elapsedNanos / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        StringBuilder b = new StringBuilder(name).append(": ").append(done);
        if (total >= 0) {
            b.append('/').append(total).append(' ').append(unit);
            b.append(String.format(Locale.ROOT, " (%d%%)", total == 0 ? 100 : done * 100 / total));
        } else {
            b.append(' ').append(unit);
        }
        b.append(String.format(Locale.ROOT, ", %.1f %s/s", rate, unit));
        if (total >= 0 && done > 0 && rate > 0) {
            b.append(", ").append(duration(Math.max(0, total - done) / rate)).append(" left");
        }
        return b.toString();
    }

    /** Seconds as {@code 45s}, {@code 3m05s} or {@code 2h07m}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
