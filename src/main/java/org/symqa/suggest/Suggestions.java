package org.symqa.suggest;

import java.util.List;
import java.util.Objects;

/**
 * The ranked candidate terms of one topic, with the figures of the items they were counted on.
 *
 * @param topic                the topic id
 * @param cq                   its study question number
 * @param answerable           answerable items of the topic
 * @param unanswerable         unanswerable items of the topic
 * @param answeredAnswerable   answerable items symqa answers now
 * @param answeredUnanswerable unanswerable items symqa answers now
 * @param settings             how candidates were proposed and ranked
 * @param proposed             how many candidates passed the filters (before {@code top})
 * @param candidates           the best {@code top} candidates, best first, ties by term
 * @param absent               the settings' fixed terms that stand in no item, in order
 */
public record Suggestions(String topic, int cq, int answerable, int unanswerable, int answeredAnswerable,
                          int answeredUnanswerable, SuggestSettings settings, int proposed, List<Candidate> candidates,
                          List<String> absent) {
    public Suggestions {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(settings, "settings");
        candidates = List.copyOf(candidates);
        absent = List.copyOf(absent);
    }

    /** All items of the topic. */
    public int items() {
        return answerable + unanswerable;
    }

    /** The share of the topic's items that are answerable (the precision of a term found everywhere). */
    public double base() {
        return items() == 0 ? 0 : answerable / (double) items();
    }
}
