package org.symqa.answer;

import java.util.Objects;

/** The text of an answer, without the prompt's format markers, and whether the word limit cut it. */
public record Answer(String text, boolean shortened) {
    public Answer {
        Objects.requireNonNull(text, "text");
    }
}
