package org.symqa.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symqa.rules.HasLine;
import org.symqa.rules.Item;
import org.symqa.rules.Rule;
import org.symqa.rules.RuleKind;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * The terms a topic's rules look for first, found in a sentence: each rule's fact-naming items (its first
 * {@code has:} line, or the lexicons of its pattern). Candidates near them are proposed; candidates that hold one
 * are already covered.
 */
final class TopicAnchors {

    /** A rule term found in a sentence, over tokens {@code [start, end)}; {@code label} is the item as written. */
    record Anchor(int start, int end, String label, boolean direct) {
    }

    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Boolean> direct = new LinkedHashMap<>();

    /** The anchors of these rules (an item of a direct and a related rule counts as direct). */
    TopicAnchors(List<Rule> rules) {
        for (Rule r : rules) {
            boolean isDirect = r.kind() == RuleKind.DIRECT;
            List<Item> keys = new ArrayList<>();
            if (r.factLine() instanceof HasLine has) {
                keys.addAll(has.items().items());
            } else {
                r.factLine().lexicons().forEach(name -> keys.add(new Item.LexiconTerm(name)));
            }
            for (Item item : keys) {
                String label = item.toString();
                items.putIfAbsent(label, item);
                direct.merge(label, isDirect, Boolean::logicalOr);
            }
        }
    }

    /** The anchors in a sentence, item by item in rule order. */
    List<Anchor> find(SentenceView view) {
        List<Anchor> out = new ArrayList<>();
        for (Map.Entry<String, Item> e : items.entrySet()) {
            for (Span s : e.getValue().find(view)) {
                out.add(new Anchor(s.start(), s.end(), e.getKey(), direct.get(e.getKey())));
            }
        }
        return out;
    }
}
