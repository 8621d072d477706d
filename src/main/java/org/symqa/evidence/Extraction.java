package org.symqa.evidence;

import java.util.Objects;

/**
 * The answer extracted for a general question: the span of its answering sentence that answers it, with the chunk
 * offsets of that span, and for a yes/no question the reply and whether the span is a negation.
 *
 * @param type     the question's answer type ({@code rules/general-questions.rules})
 * @param reply    for a yes/no question {@code yes}, {@code no} or {@code unsettled}; otherwise null
 * @param chunk    1-based chunk number of the span
 * @param start    start offset of the span in the chunk's original text
 * @param end      end offset (exclusive) in the chunk's original text
 * @param text     the span as written in the context
 * @param role     {@code answer} (the span is the answer), or for yes/no questions {@code polarity} (the span is
 *                 the negation, hedge or matched words that decided the reply)
 * @param negated  true when the span is a negation that decided the reply ("did not differ")
 * @param rule     the id of the rule that found it, {@code general.TYPE}, as on the answering sentence's evidence
 * @param location {@code file:line} of the rewrite that found the span, or of the question type
 */
public record Extraction(String type, String reply, int chunk, int start, int end, String text, String role,
                         boolean negated, String rule, String location) {
    public Extraction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        if (chunk < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad extraction position " + chunk + ":" + start + ".." + end);
        }
    }

    /** The answer as a phrase: the reply of a yes/no question, else the span's text. */
    public String phrase() {
        return reply != null ? reply : text;
    }
}
