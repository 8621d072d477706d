package org.symqa.answer;

import java.util.List;
import java.util.Objects;
import org.symqa.evidence.Fact;

/**
 * The text of an answer, without the prompt's format markers, the template that opened it, whether the word
 * limit cut it, and the facts it states (those the context says were used, then those it says were not).
 */
public record Answer(String text, String template, boolean shortened, List<Fact> facts) {
    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(template, "template");
        facts = List.copyOf(facts);
    }
}
