package org.symqa.rules;

import java.util.List;

/** A rule that matched a sentence, with the token spans it names as facts. */
public record RuleMatch(Rule rule, List<Span> facts) {
    public RuleMatch {
        facts = List.copyOf(facts);
    }
}
