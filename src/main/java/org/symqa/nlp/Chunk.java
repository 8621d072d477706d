package org.symqa.nlp;

import java.util.List;
import java.util.Objects;
import org.symqa.text.RepairedText;

/** One context chunk: its 1-based number, its text before and after repair, and its sentences. */
public record Chunk(int number, RepairedText text, List<Sentence> sentences) {
    public Chunk {
        if (number < 1) {
            throw new IllegalArgumentException("chunk numbers start at 1");
        }
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }
}
