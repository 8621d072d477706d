package org.symqa.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A chunk's text after PDF repair, with a map from every repaired position back to the original text, and the
 * list of repairs made (for explanations).
 */
public final class RepairedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;
    private final List<Repair> repairs;

    private RepairedText(String original, String text, int[] toOriginal, List<Repair> repairs) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
        this.repairs = List.copyOf(repairs);
    }

    /** The unrepaired text, mapping to itself. */
    public static RepairedText of(String original) {
        Objects.requireNonNull(original, "original");
        int[] map = new int[original.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new RepairedText(original, original, map, List.of());
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
        return toOriginal[repairedOffset];
    }

    /** The original end offset of a repaired span ending at {@code repairedEnd} (exclusive). */
    public int originalEnd(int repairedEnd) {
        return repairedEnd == 0 ? toOriginal[0] : toOriginal[repairedEnd - 1] + 1;
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
                map[n++] = toOriginal[i];
            }
            for (int i = 0; i < e.replacement().length(); i++) {
                out.append(e.replacement().charAt(i));
                map[n++] = toOriginal[e.start()];
            }
            made.add(new Repair(kind, toOriginal[e.start()], originalEnd(e.end()),
                    text.substring(e.start(), e.end()), e.replacement()));
            pos = e.end();
        }
        for (int i = pos; i < text.length(); i++) {
            out.append(text.charAt(i));
            map[n++] = toOriginal[i];
        }
        map[n] = toOriginal[text.length()];
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
