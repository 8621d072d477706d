package org.symqa.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of an evidence rule ({@code has:}, {@code not:}, {@code pattern:}, {@code frame:}, {@code fact:}; an
 * {@code unless:} line together with the {@code not:} line it waives). Everything the line means lives in
 * its class, in the manner of jsoup's selector evaluators: how it tests a tagged sentence, the necessary condition
 * it puts on an untagged one (its {@link Prefilter}), how it explains a miss, the lexicons it uses, and its text as
 * written ({@link #written()}), which {@code toString()} prints as its {@code key: value} lines.
 */
public sealed interface Condition permits HasLine, NotLine, UnlessLine, PatternLine, FrameLine, FactLine {

    /** The key of the line: {@code has}, {@code not}, {@code unless}, {@code pattern}, {@code frame} or {@code fact}. */
    String key();

    /** The value as written in the rule file. */
    String value();

    /** Whether the line holds in the sentence, and what it found there. */
    Outcome test(SentenceView s);

    /** A condition on the untagged sentence that is false only when this line cannot hold once tagged. */
    Prefilter prefilter();

    /** What the line says about a sentence where its rule did not fire: held or not, why, and how near it came. */
    Check check(SentenceView s);

    /** The lexicons the line refers to, in order of appearance. */
    Set<String> lexicons();

    /**
     * The rule-file lines the condition stands for, in file order, as the catalogue (docs/rules.md) shows them: its
     * own line, or for an {@code unless:} line the {@code not:} line it waives and then itself.
     */
    default List<Written> written() {
        return List.of(new Written(key(), value()));
    }

    /** True when testing the line costs a pattern match (such lines are tried last). */
    default boolean costly() {
        return false;
    }

    /**
     * One {@code key: value} line of a rule file as written.
     *
     * @param key   the line's key, without the colon ({@code not}, {@code unless})
     * @param value the line's value as written
     */
    record Written(String key, String value) {
        public Written {
            Objects.requireNonNull(value, "value");
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("a rule line needs a key: '" + key + "'");
            }
        }
    }

    /**
     * The outcome of testing a line on a sentence.
     *
     * @param holds    whether the line holds
     * @param mentions what it found: the items present (for {@code has:}, also for a {@code not:} that blocks),
     *                 the facts of a pattern's match, or a frame's anchors with their roles
     */
    record Outcome(boolean holds, List<Mention> mentions) {
        /** The outcome of a line that does not hold and found nothing. */
        public static final Outcome FAILS = new Outcome(false, List.of());

        public Outcome {
            mentions = List.copyOf(mentions);
        }
    }

    /**
     * A line's part in a near-miss diagnosis.
     *
     * @param held  whether the line held in the sentence
     * @param score how much it counts toward the sentence being the nearest miss (1 for a full line)
     * @param note  what to show: the line and the words that made it hold or fail; null when nothing is worth
     *              showing
     */
    record Check(boolean held, double score, String note) {
    }
}
