package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A necessary condition for a rule to match, checkable on an untagged sentence: when it is false of a
 * {@link CandidateView}, the rule cannot match the tagged sentence. Each rule line gives its own
 * ({@link Condition#prefilter()}): a {@code has:} line one of its items, a pattern the tokens it requires
 * ({@link PatternCondition}); {@code not:} lines, with or without an {@code unless:} line, only exclude, so they
 * give none. Anything not understood counts as "may match".
 */
public sealed interface Prefilter {

    /** False only when the rule certainly cannot match the sentence once tagged. */
    boolean mayMatch(CandidateView v);

    /** Holds always. */
    enum Always implements Prefilter {
        INSTANCE;

        @Override
        public boolean mayMatch(CandidateView v) {
            return true;
        }
    }

    /** Holds when every part holds. */
    record All(List<Prefilter> parts) implements Prefilter {
        @Override
        public boolean mayMatch(CandidateView v) {
            for (Prefilter p : parts) { // a loop, not a stream: this runs for every rule and sentence
                if (!p.mayMatch(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Holds when some part holds. */
    record Any(List<Prefilter> parts) implements Prefilter {
        @Override
        public boolean mayMatch(CandidateView v) {
            for (Prefilter p : parts) {
                if (p.mayMatch(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A test on the candidate view. */
    @FunctionalInterface
    non-sealed interface Test extends Prefilter {
    }

    /**
     * Some token's word (key {@code word}) or lower-cased possible lemma (key {@code lemma}) matches a regex in
     * full (as TokensRegex {@code /re/} does) or equals a literal, ignoring case.
     */
    record Attribute(String key, Pattern regex, String literal, WordRegex words) implements Prefilter {
        /** The regex's word test is worked out here, once for the rule set. */
        Attribute(String key, Pattern regex, String literal) {
            this(key, regex, literal, regex == null ? null : WordRegex.of(regex));
        }

        @Override
        public boolean mayMatch(CandidateView v) {
            Predicate<String> test = words != null ? words.tester() : s -> s.equalsIgnoreCase(literal);
            return key.equals("word") ? v.anyWord(test) : v.anyLowerForm(test);
        }
    }

    /** Some term of the lexicon may be present. */
    record Lexicon(String name) implements Prefilter {
        @Override
        public boolean mayMatch(CandidateView v) {
            return v.mayHaveLexicon(name);
        }
    }
}
