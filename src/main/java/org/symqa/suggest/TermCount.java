package org.symqa.suggest;

import java.util.Map;
import java.util.TreeMap;

/** What one candidate term gathered over the items so far; a mutable tally that {@link TermTally} owns. */
final class TermCount {
    int answerable;
    int unanswerable;
    int quoted;
    int near;
    int missed;
    int atRisk;
    final Map<String, Integer> directCover = new TreeMap<>();
    final Map<String, Integer> relatedCover = new TreeMap<>();
    final Map<String, Integer> lexicons = new TreeMap<>();
    final Map<String, Integer> written = new TreeMap<>();

    /** Adds one item in which the term stands. */
    void add(ItemTerm seen, boolean answerableItem, boolean answered) {
        if (answerableItem) {
            answerable++;
            if (!answered) {
                missed++;
            }
        } else {
            unanswerable++;
            if (!answered) {
                atRisk++;
            }
        }
        if (seen.quoted) {
            quoted++;
        }
        if (seen.near) {
            near++;
        }
        seen.directCover.forEach(l -> directCover.merge(l, 1, Integer::sum));
        seen.relatedCover.forEach(l -> relatedCover.merge(l, 1, Integer::sum));
        seen.lexicons.forEach(l -> lexicons.merge(l, 1, Integer::sum));
        seen.written.forEach(w -> written.merge(w, 1, Integer::sum));
    }
}
