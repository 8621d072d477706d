package org.symqa.evidence;

import java.util.Objects;

/**
 * The answer extracted for a general question: the fact that answers it (a span of the answering sentence, with its
 * chunk offsets) and, for a yes/no question, the reply; the fact is then the words that decided the reply.
 *
 * @param type     the question's answer type ({@code rules/general-questions.rules})
 * @param reply    for a yes/no question {@code yes}, {@code no} or {@code unsettled}; otherwise null
 * @param fact     the span: its text, chunk, offsets, rule ({@code general.TYPE}), role ({@code answer}, or for a
 *                 yes/no question {@code polarity}) and whether it is a negation that decided the reply
 * @param location {@code file:line} of the rewrite that found the span, or of the question type
 */
public record Extraction(String type, String reply, Fact fact, String location) {
    public Extraction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(location, "location");
    }

    /** The answer as a phrase: the reply of a yes/no question, else the span's text. */
    public String phrase() {
        return reply != null ? reply : fact.text();
    }
}
