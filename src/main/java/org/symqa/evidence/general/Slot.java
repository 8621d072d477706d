package org.symqa.evidence.general;

import org.symqa.rules.AnyOf;

/** One step of a rewrite: the question's focus, its verb, the answer, a gap, or one of some words. */
sealed interface Slot {
    /** The question's focus words (at least one of them, in a run). */
    record Focus() implements Slot {
    }

    /** The question's main verb. */
    record Verb() implements Slot {
    }

    /** The answer span, of the question type's shape. */
    record Answer() implements Slot {
    }

    /** Up to {@code rewrite-gap} other words. */
    record Gap() implements Slot {
    }

    /** One of some items, as in a rule's {@code has:} line. */
    record Words(AnyOf items) implements Slot {
    }
}
