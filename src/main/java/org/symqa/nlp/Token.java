package org.symqa.nlp;

import java.util.Objects;

/**
 * One token of a sentence: its word as written, lemma and part-of-speech tag, and its offsets in the (repaired)
 * chunk text.
 */
public record Token(String word, String lemma, String pos, int start, int end) {
    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
        }
    }
}
