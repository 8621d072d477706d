package org.symqa.evidence;

import java.util.List;
import java.util.Objects;
import org.symqa.rules.RuleKind;

/**
 * A sentence cited as evidence, with the rule that found it.
 *
 * @param chunk    1-based chunk number
 * @param start    start offset in the chunk's original text
 * @param end      end offset (exclusive) in the chunk's original text
 * @param text     the sentence, repaired
 * @param rule     id of the rule that found it
 * @param location {@code file:line} of that rule
 * @param kind     direct or related
 * @param facts    the facts the rule named, as spans of the context
 * @param negated  true when the sentence says the facts were not done or used ("dropout was not used")
 */
public record Evidence(int chunk, int start, int end, String text, String rule, String location, RuleKind kind,
                       List<Fact> facts, boolean negated) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        facts = List.copyOf(facts);
        if (chunk < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence position " + chunk + ":" + start + ".." + end);
        }
    }
}
