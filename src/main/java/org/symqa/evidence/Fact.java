package org.symqa.evidence;

import java.util.List;
import java.util.Objects;

/**
 * A fact an answer states, as a span of the prompt: its text as the context writes it, where it stands, the rule
 * that found it, the frame role it fills, whether the context says it was not done, and the roles that qualify it.
 *
 * @param text    the words of the span as the chunk writes them (spaces made single)
 * @param chunk   1-based chunk number
 * @param start   start offset in the chunk's text as the prompt holds it
 * @param end     end offset (exclusive) in that text
 * @param rule    id of the rule that found it
 * @param role    the frame role it fills, or null
 * @param negated true when it stands in a negated scope ("dropout was not used")
 * @param details the facts of the frame's other roles that qualify it (a learning rate of an optimizer)
 * @param bare    true when it is one generic word ({@code generic:} of {@code rules/facts.txt}: "datasets"), kept
 *                because its sentence gave nothing better; an answer names it only when it has no other fact
 */
public record Fact(String text, int chunk, int start, int end, String rule, String role, boolean negated,
                   List<Fact> details, boolean bare) {
    /** A fact that is more than generic words. */
    public Fact(String text, int chunk, int start, int end, String rule, String role, boolean negated,
                List<Fact> details) {
        this(text, chunk, start, end, rule, role, negated, details, false);
    }

    public Fact {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        details = List.copyOf(details);
        if (chunk < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad fact position " + chunk + ":" + start + ".." + end);
        }
    }
}
