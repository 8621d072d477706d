package org.symqa.paper;

import java.util.Objects;

/**
 * A question asked of every paper.
 *
 * @param cq       its number (the CSV column is {@code CQ<cq>})
 * @param topic    the topic id it was written for, or empty for a question from {@code --questions}
 * @param text     the question
 */
public record Question(int cq, String topic, String text) {
    public Question {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("question is blank");
        }
    }

    /** The CSV column name, {@code CQ<cq>}. */
    public String column() {
        return "CQ" + cq;
    }
}
