package org.symqa.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts every term over the items of a topic and ranks the candidates among them. */
final class TermTally {
    private final Map<String, TermCount> counts = new HashMap<>();
    private int answerable;
    private int unanswerable;
    private int answeredAnswerable;
    private int answeredUnanswerable;

    /** Adds one item: its terms, its label, and whether symqa answers it now. */
    void add(Map<String, ItemTerm> terms, boolean answerableItem, boolean answered) {
        if (answerableItem) {
            answerable++;
            answeredAnswerable += answered ? 1 : 0;
        } else {
            unanswerable++;
            answeredUnanswerable += answered ? 1 : 0;
        }
        terms.forEach((term, seen) -> counts.computeIfAbsent(term, k -> new TermCount()).add(seen, answerableItem, answered));
    }

    /**
     * The report: terms quoted or near a rule term in some item, in at least minCount answerable items (or exactly
     * the settings' terms, those that stand in some item), best first.
     */
    Suggestions suggestions(String topic, int cq, SuggestSettings settings) {
        int items = answerable + unanswerable;
        double base = items == 0 ? 0 : answerable / (double) items;
        List<Candidate> all = new ArrayList<>();
        for (Map.Entry<String, TermCount> e : counts.entrySet()) {
            TermCount c = e.getValue();
            boolean wanted = settings.terms().isEmpty()
                    ? (c.quoted > 0 || c.near > 0) && c.answerable >= settings.minCount()
                    : settings.terms().contains(e.getKey());
            if (wanted) {
                double score = (c.answerable + settings.prior() * base) / (c.answerable + c.unanswerable + settings.prior());
                all.add(new Candidate(e.getKey(), ranked(c.written).get(0), c.answerable, c.unanswerable, c.quoted,
                        c.near, c.missed, c.atRisk, score,
                        covered(c), ranked(c.lexicons)));
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::term));
        return new Suggestions(topic, cq, answerable, unanswerable, answeredAnswerable, answeredUnanswerable,
                settings, all.size(), all.subList(0, Math.min(settings.top(), all.size())),
                settings.terms().stream().filter(t -> !counts.containsKey(t)).toList());
    }

    private static String covered(TermCount c) {
        if (!c.directCover.isEmpty()) {
            return ranked(c.directCover).get(0);
        }
        if (!c.relatedCover.isEmpty()) {
            return ranked(c.relatedCover).get(0) + " (related)";
        }
        return "";
    }

    /** Labels by the number of items, most first, ties by label. */
    private static List<String> ranked(Map<String, Integer> byItems) {
        return byItems.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
