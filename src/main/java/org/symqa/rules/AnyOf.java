package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A {@code has:} or {@code not:} line of a rule: holds when the sentence contains at least one of its items. */
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

    @Override
    public String toString() {
        return items.stream().map(Item::toString).collect(Collectors.joining(" | "));
    }
}
