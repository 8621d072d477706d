package org.symqa.prompt;

import java.util.List;
import java.util.Objects;

/**
 * A prompt taken apart: the bare question, the context chunks, the word limit and the answer layout asked for.
 *
 * @param question   the bare question, never blank
 * @param chunks     the context chunks in prompt order (may be empty when the prompt has no context)
 * @param wordLimit  the "less than N words" limit, or 0 when the prompt sets none
 * @param format     the answer layout the prompt asks for
 */
public record Prompt(String question, List<String> chunks, int wordLimit, AnswerFormat format) {
    public Prompt {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(format, "format");
        if (question.isBlank()) {
            throw new IllegalArgumentException("question is blank");
        }
        if (wordLimit < 0) {
            throw new IllegalArgumentException("word limit is negative: " + wordLimit);
        }
        chunks = List.copyOf(chunks);
    }

    /** True when the prompt sets a word limit. */
    public boolean hasWordLimit() {
        return wordLimit > 0;
    }
}
