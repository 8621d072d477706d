package org.symqa.rules;

import java.util.List;
import java.util.Objects;

/**
 * A part of a sentence that a rule line names: its tokens, the frame role it fills (null for a keyword or pattern
 * fact), whether it stands inside a negated scope ("Dropout was not used"), and the roles that qualify it (the
 * learning rate of an optimizer, the memory of a GPU).
 *
 * @param span    its tokens
 * @param role    the frame role it fills, or null
 * @param negated true when it stands inside a negation's scope
 * @param details the mentions of the frame's other roles that belong to it (empty for all but a frame's anchor)
 */
public record Mention(Span span, String role, boolean negated, List<Mention> details) {
    public Mention {
        Objects.requireNonNull(span, "span");
        details = List.copyOf(details);
    }

    /** A plain mention: no role, not negated, no details. */
    public static Mention of(Span span) {
        return new Mention(span, null, false, List.of());
    }

    /** Plain mentions of spans. */
    public static List<Mention> of(List<Span> spans) {
        return spans.stream().map(Mention::of).toList();
    }

    /**
     * This mention and its details marked by a negation mask over the sentence's tokens: a mention is negated when
     * its first token is (a phrase fact starts with its head: "manually annotated; labels ..." is negated when
     * "manually" is).
     */
    public Mention negatedBy(boolean[] mask) {
        boolean neg = span.end() > span.start() && mask[span.start()];
        List<Mention> marked = details.stream().map(d -> d.negatedBy(mask)).toList();
        return new Mention(span, role, neg, marked);
    }
}
