package org.symqa.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.symqa.resources.SourceException;

/**
 * An {@code unless:} line, with the {@code not:} line right above it that it waives: so that one rule says "none of
 * these, unless one of those stands" instead of a twin rule that repeats every other line without the {@code not:}.
 * The pair holds when none of the {@code not:} line's items is in the sentence, or when one of the {@code unless:}
 * line's items is; the rule's other lines, other {@code not:} lines too, still hold on their own. It stands in the
 * rule's lines in the place of its {@code not:} line and prints as both lines. Like a {@code not:} line it only
 * excludes (less than the {@code not:} line alone), so it puts no condition on an untagged sentence.
 *
 * @param waived the {@code not:} line it waives
 * @param items  the parsed items of the {@code unless:} line
 * @param value  the {@code unless:} line's value as written
 */
public record UnlessLine(NotLine waived, AnyOf items, String value) implements Condition {

    public UnlessLine {
        Objects.requireNonNull(waived, "an unless: line waives a not: line");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Reports an {@code unless:} line {@code f} that does not come right after a {@code not:} line; {@code above} is
     * the line above it in its block (a rule or a topic), or null when it is the block's first line.
     */
    public static void checkPlace(String file, BlockFile.Field f, BlockFile.Field above) throws SourceException {
        if (above == null || !above.key().equals("not")) {
            throw new SourceException(file, f.line(), 3, "'unless:' must come right after the 'not:' line it waives ("
                    + (above == null ? "it is the first line of its block" : above.key().equals("unless")
                    ? "a not: line takes one unless: line; join its items with |" : "the line above is '"
                    + above.key() + ":'") + ")");
        }
    }

    @Override
    public String key() {
        return "unless";
    }

    @Override
    public Outcome test(SentenceView s) {
        return waived.items().any(s) && !items.any(s) ? Outcome.FAILS : new Outcome(true, List.of());
    }

    @Override
    public Prefilter prefilter() {
        return Prefilter.Always.INSTANCE;
    }

    @Override
    public Check check(SentenceView s) {
        List<Span> blocking = waived.items().find(s);
        if (blocking.isEmpty()) {
            return new Check(true, 0.5, null);
        }
        String blocked = "not: " + waived.items() + " (blocked by '" + s.words(blocking.get(0)) + "'";
        List<Span> found = items.find(s);
        if (found.isEmpty()) {
            return new Check(false, 0, blocked + "; unless: " + items + " (none found))");
        }
        return new Check(true, 0.5, blocked + ", waived by unless: " + items + " ('" + s.words(found.get(0)) + "'))");
    }

    @Override
    public Set<String> lexicons() {
        Set<String> out = new LinkedHashSet<>(waived.lexicons());
        out.addAll(items.lexicons());
        return out;
    }

    @Override
    public List<Written> written() {
        return List.of(new Written(waived.key(), waived.value()), new Written(key(), value));
    }

    @Override
    public String toString() {
        return waived + "\n" + key() + ": " + value;
    }
}
