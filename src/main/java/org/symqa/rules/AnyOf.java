package org.symqa.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The items of a {@code has:}, {@code not:}, {@code key:} or {@code cue:} line: found when any one of them is. */
public record AnyOf(List<Item> items) {
    public AnyOf {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a condition needs at least one item");
        }
    }

    /** The places where any item stands, item by item. */
    public List<Span> find(SentenceView s) {
        List<Span> out = new ArrayList<>();
        for (Item item : items) {
            out.addAll(item.find(s));
        }
        return out;
    }

    /** True when some item stands in the sentence: {@code !find(s).isEmpty()}, stopping at the first. */
    public boolean any(SentenceView s) {
        for (Item item : items) {
            if (item.any(s)) {
                return true;
            }
        }
        return false;
    }

    /** Holds on the untagged sentence when some item may be found once it is tagged. */
    public Prefilter prefilter() {
        return new Prefilter.Any(items.stream().map(i -> (Prefilter.Test) i::mayMatch).map(Prefilter.class::cast).toList());
    }

    /** The lexicons the items refer to, in order. */
    public Set<String> lexicons() {
        Set<String> out = new LinkedHashSet<>();
        for (Item i : items) {
            if (i.lexicon() != null) {
                out.add(i.lexicon());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return items.stream().map(Item::toString).collect(Collectors.joining(" | "));
    }
}
