package org.symqa.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A chunk's text after PDF repair, with a map from every repaired position back to the original text, and the
 * list of repairs made (for explanations).
 *
 * <p>Reading the text already normalises it: Windows and old Mac line ends ({@code \r\n}, {@code \r}) become
 * {@code \n} (repair kind {@code line-end}) and control characters that are not white space are dropped (kind
 * {@code control}, see {@link Controls#isDropped}), so that every later stage sees {@code \n} line ends and offsets
 * still point into the text as given.
 */
public final class RepairedText {
    private final String original;
    private final String text;
    /** Repaired offset to original offset; null while the two are the same text. */
    private final int[] toOriginal;
    private final List<Repair> repairs;

    private RepairedText(String original, String text, int[] toOriginal, List<Repair> repairs) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
        this.repairs = List.copyOf(repairs);
    }

    /** The text as read: line ends made {@code \n} and dropped control characters removed, mapping to the original. */
    public static RepairedText of(String original) {
        Objects.requireNonNull(original, "original");
        RepairedText r = new RepairedText(original, original, null, List.of());
        List<Edit> lineEnds = new ArrayList<>();
        boolean controls = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\r') {
                boolean crlf = i + 1 < original.length() && original.charAt(i + 1) == '\n';
                lineEnds.add(new Edit(i, i + 1, crlf ? "" : "\n"));
            } else if (Controls.isDropped(c)) {
                controls = true;
            }
        }
        r = r.apply("line-end", lineEnds);
        if (controls) {
            List<Edit> drop = new ArrayList<>();
            String t = r.text();
            for (int i = 0; i < t.length(); i++) {
                if (Controls.isDropped(t.charAt(i))) {
                    drop.add(new Edit(i, i + 1, ""));
                }
            }
            r = r.apply("control", drop);
        }
        return r;
    }

    /** The text as it came in the prompt. */
    public String original() {
        return original;
    }

    /** The repaired text. */
    public String text() {
        return text;
    }

    /** The repairs made, in the order they were made. */
    public List<Repair> repairs() {
        return repairs;
    }

    /** The original offset of a repaired offset (0..length inclusive). */
    public int originalOffset(int repairedOffset) {
        return at(repairedOffset);
    }

    /** The original end offset of a repaired span ending at {@code repairedEnd} (exclusive). */
    public int originalEnd(int repairedEnd) {
        return repairedEnd == 0 ? at(0) : at(repairedEnd - 1) + 1;
    }

    private int at(int repairedOffset) {
        if (toOriginal == null) {
            if (repairedOffset < 0 || repairedOffset > text.length()) {
                throw new IndexOutOfBoundsException(repairedOffset);
            }
            return repairedOffset;
        }
        return toOriginal[repairedOffset];
    }

    /**
     * Applies edits (non-overlapping, in text order) to the repaired text; inserted characters map to the
     * original position of the replaced span's start.
     */
    public RepairedText apply(String kind, List<Edit> edits) {
        if (edits.isEmpty()) {
            return this;
        }
        StringBuilder out = new StringBuilder(text.length());
        int inserted = 0;
        for (Edit e : edits) {
            inserted += e.replacement().length();
        }
        int[] map = new int[text.length() + inserted + 1];
        int n = 0;
        int pos = 0;
        List<Repair> made = new ArrayList<>(repairs);
        for (Edit e : edits) {
            if (e.start() < pos || e.end() > text.length()) {
                throw new IllegalArgumentException("edits overlap or run past the text: " + e);
            }
            for (int i = pos; i < e.start(); i++) {
                out.append(text.charAt(i));
                map[n++] = at(i);
            }
            for (int i = 0; i < e.replacement().length(); i++) {
                out.append(e.replacement().charAt(i));
                map[n++] = at(e.start());
            }
            made.add(new Repair(kind, at(e.start()), originalEnd(e.end()),
                    text.substring(e.start(), e.end()), e.replacement()));
            pos = e.end();
        }
        for (int i = pos; i < text.length(); i++) {
            out.append(text.charAt(i));
            map[n++] = at(i);
        }
        map[n] = at(text.length());
        return new RepairedText(original, out.toString(), Arrays.copyOf(map, n + 1), made);
    }

    /** One replacement of {@code [start, end)} of the current text. */
    public record Edit(int start, int end, String replacement) {
        public Edit {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad edit span " + start + ".." + end);
            }
            Objects.requireNonNull(replacement, "replacement");
        }
    }

    /** A repair made, located in the original text. */
    public record Repair(String kind, int originalStart, int originalEnd, String before, String after) {
    }
}
