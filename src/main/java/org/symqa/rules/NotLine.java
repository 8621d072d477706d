package org.symqa.rules;

import java.util.List;
import java.util.Set;

/**
 * A {@code not:} line: holds when none of its items is in the sentence. It only excludes, so it puts no condition
 * on an untagged sentence.
 *
 * @param items the parsed items
 * @param value the line's value as written
 */
public record NotLine(AnyOf items, String value) implements Condition {

    @Override
    public String key() {
        return "not";
    }

    @Override
    public Outcome test(SentenceView s) {
        List<Span> found = items.find(s);
        return found.isEmpty() ? new Outcome(true, List.of()) : new Outcome(false, Mention.of(found));
    }

    @Override
    public Prefilter prefilter() {
        return Prefilter.Always.INSTANCE;
    }

    @Override
    public Check check(SentenceView s) {
        List<Span> found = items.find(s);
        if (found.isEmpty()) {
            return new Check(true, 0.5, null);
        }
        return new Check(false, 0, "not: " + items + " (blocked by '" + s.words(found.get(0)) + "')");
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
