package org.symqa.rules;

import java.util.List;

/** A rule that matched a sentence, with the mentions it names as facts. */
public record RuleMatch(Rule rule, List<Mention> facts) {
    public RuleMatch {
        facts = List.copyOf(facts);
    }

    /** True when the rule named facts and every one stands in a negated scope: the sentence says it was not done. */
    public boolean negated() {
        return !facts.isEmpty() && facts.stream().allMatch(Mention::negated);
    }
}
