package org.symqa.text;

import java.util.concurrent.Callable;

/**
 * The time budget of the work on one item (a prompt, a batch line, a paper), checked at stop points in the
 * pipeline: between pieces handed to the tokenizer, before each sentence is tagged, while a repair or layout pattern
 * scans text. Work running past its budget, or on an interrupted thread, stops there with {@link Exceeded}.
 *
 * <p>The budget belongs to the thread that runs the item; work handed to other threads takes it along with
 * {@link #call}. Without a budget (library use, tests) only interruption stops the work.
 */
public final class Deadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private final long end;
    private final long millis;

    private Deadline(long millis) {
        this.millis = millis;
        this.end = System.nanoTime() + millis * 1_000_000L;
    }

    /** Thrown at a stop point when the budget is spent or the thread was interrupted. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** A budget of {@code millis} from now (at least 1). */
    public static Deadline in(long millis) {
        if (millis < 1) {
            throw new IllegalArgumentException("time limit must be positive: " + millis);
        }
        return new Deadline(millis);
    }

    /** The budget of the current thread, or null. */
    public static Deadline current() {
        return CURRENT.get();
    }

    /** Runs {@code work} on the current thread under this budget (restoring the thread's own budget after). */
    public <T> T call(Callable<T> work) throws Exception {
        Deadline before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            CURRENT.set(before);
        }
    }

    /** {@link #call} for work that throws no checked exception. */
    public <T> T get(java.util.function.Supplier<T> work) {
        Deadline before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }

    /** The budget in milliseconds. */
    public long millis() {
        return millis;
    }

    /** Stops the work when the current thread's budget is spent or the thread was interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded("interrupted");
        }
        Deadline d = CURRENT.get();
        if (d != null && System.nanoTime() - d.end > 0) {
            throw new Exceeded("over the time limit of " + seconds(d.millis));
        }
    }

    /** {@code 10 s}, {@code 0.5 s}, {@code 0.001 s}. */
    static String seconds(long millis) {
        return new java.math.BigDecimal(millis).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    /**
     * The text as a char sequence that checks the budget as a pattern reads it (every few thousand characters), so
     * that a slow regular expression cannot run past the budget.
     */
    public static CharSequence watched(String text) {
        return CURRENT.get() == null ? text : new Watched(text, 0, text.length());
    }

    /** A window on a string that calls {@link #check} every 4096 reads. */
    private static final class Watched implements CharSequence {
        private final String text;
        private final int from;
        private final int to;
        private int reads;

        Watched(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 4095) == 0) {
                check();
            }
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            if (start < 0 || end > length() || start > end) {
                throw new IndexOutOfBoundsException(start + ".." + end);
            }
            return new Watched(text, from + start, from + end);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}
