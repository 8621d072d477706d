package org.symqa.answer;

import java.util.Objects;

/**
 * The text of an answer, without the prompt's format markers, the template that opened it, and whether the word
 * limit cut it.
 */
public record Answer(String text, String template, boolean shortened) {
    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(template, "template");
    }
}
