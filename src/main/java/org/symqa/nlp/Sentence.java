package org.symqa.nlp;

import java.util.List;
import java.util.Objects;

/** One sentence of a chunk: its tokens and its span in the (repaired) chunk text. */
public record Sentence(int index, String text, int start, int end, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence offsets " + start + ".." + end);
        }
    }
}
