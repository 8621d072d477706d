package org.symqa.rules;

/** Tokens {@code [start, end)} of a sentence. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
