package org.symqa.nlp;

import java.util.List;
import java.util.Objects;
import org.symqa.text.RepairedText;

/**
 * One context chunk: its 1-based number, its text before and after repair, and its sentences (split at once,
 * tagged on demand).
 */
public record Chunk(int number, RepairedText text, Sentences annotation) {
    public Chunk {
        if (number < 1) {
            throw new IllegalArgumentException("chunk numbers start at 1");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(annotation, "annotation");
    }

    /** A chunk of sentences that are already tagged. */
    public Chunk(int number, RepairedText text, List<Sentence> sentences) {
        this(number, text, Sentences.ofTagged(sentences));
    }

    /** The sentences as split: words and offsets (lemma and POS may be empty; use {@link #tagged}). */
    public List<Sentence> sentences() {
        return annotation.split();
    }

    /** Sentence {@code i}, tagged and lemmatised. */
    public Sentence tagged(int i) {
        return annotation.tagged(i);
    }
}
