package org.symqa.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One lexicon entry: its tokens (lower-cased unless case-sensitive), the lexicon it belongs to and its line.
 */
public record Term(String lexicon, String text, List<String> tokens, boolean caseSensitive, int line) {
    public Term {
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("term without tokens: " + text);
        }
    }
}
