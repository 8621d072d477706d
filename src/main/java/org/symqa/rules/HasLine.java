package org.symqa.rules;

import java.util.List;
import java.util.Set;

/**
 * A {@code has:} line: holds when the sentence contains at least one of its items; the places found are the facts
 * of a rule without a pattern when it is the rule's first {@code has:} line.
 *
 * @param items the parsed items
 * @param value the line's value as written
 */
public record HasLine(AnyOf items, String value) implements Condition {

    @Override
    public String key() {
        return "has";
    }

    @Override
    public Outcome test(SentenceView s) {
        List<Span> found = items.find(s);
        return found.isEmpty() ? Outcome.FAILS : new Outcome(true, Mention.of(found));
    }

    @Override
    public Prefilter prefilter() {
        return items.prefilter();
    }

    @Override
    public Check check(SentenceView s) {
        List<Span> found = items.find(s);
        if (found.isEmpty()) {
            return new Check(false, 0, "has: " + items + " (none found)");
        }
        return new Check(true, 1, "has: " + items + " ('" + s.words(found.get(0)) + "')");
    }

    @Override
    public Set<String> lexicons() {
        return items.lexicons();
    }

    @Override
    public String toString() {
        return key() + ": " + value;
    }
}
