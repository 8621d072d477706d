package org.symqa.evidence;

import java.util.List;

/**
 * How the evidence stage reached its finding, recorded while it ran, so that {@code explain} shows the run as it
 * happened instead of replaying it.
 *
 * @param matches   every rule match the stage made, in the order made, as the evidence it gave (a sentence is
 *                  matched by the first rule that fits it)
 * @param tagged    the sentences the stage tagged (the others no rule could match), in order
 * @param decisions the decisions the stage took beyond rule matches, in words (e.g. a general question's overlap)
 */
public record FindingLog(List<Evidence> matches, List<SentenceRef> tagged, List<String> decisions) {
    /** The log of a stage that recorded nothing. */
    public static final FindingLog EMPTY = new FindingLog(List.of(), List.of(), List.of());

    public FindingLog {
        matches = List.copyOf(matches);
        tagged = List.copyOf(tagged);
        decisions = List.copyOf(decisions);
    }

    /** A sentence of the context: 1-based chunk and 0-based sentence index in it. */
    public record SentenceRef(int chunk, int sentence) {
    }
}
