package org.symqa.lexicon;

/** A lexicon term found in a sentence, over tokens {@code [start, end)}. */
public record TermHit(Term term, int start, int end) {
    public TermHit {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad hit span " + start + ".." + end);
        }
    }
}
