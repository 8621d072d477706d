package org.symqa.evidence.general;

import java.util.List;

/**
 * Where the answer to a question stands among the question's words in a sentence (after AskMSR's rewrites): "What
 * is X?" becomes {@code FOCUS be ANSWER}, "How many X" becomes {@code ANSWER ... FOCUS}.
 *
 * @param slots  the steps, in sentence order; exactly one is the answer
 * @param source the rewrite as written
 * @param line   its line in the question types file
 */
record Rewrite(List<Slot> slots, String source, int line) {
    Rewrite {
        slots = List.copyOf(slots);
        if (slots.stream().filter(s -> s instanceof Slot.Answer).count() != 1) {
            throw new IllegalArgumentException("a rewrite needs exactly one ANSWER");
        }
    }
}
