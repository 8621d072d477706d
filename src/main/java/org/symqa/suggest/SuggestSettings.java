package org.symqa.suggest;

import java.util.Set;

/**
 * How {@code symqa rules suggest} proposes and ranks terms.
 *
 * @param maxWords the longest candidate, in words (1 to 5)
 * @param window   how many words on each side of a rule term count as near it
 * @param minCount the fewest answerable items a candidate must stand in
 * @param prior    the weight of the topic's base rate in the smoothed score (items' worth, 0 or more)
 * @param top      how many candidates to keep, best first
 * @param terms    when not empty, report exactly these terms (lemmas, lower case, single spaces), whatever their
 *                 counts and sources: to measure terms already chosen
 */
public record SuggestSettings(int maxWords, int window, int minCount, double prior, int top, Set<String> terms) {
    /** The defaults of the command line. */
    public static final SuggestSettings DEFAULTS = new SuggestSettings(3, 5, 3, 4, 50);

    /** Settings that propose candidates (no fixed terms). */
    public SuggestSettings(int maxWords, int window, int minCount, double prior, int top) {
        this(maxWords, window, minCount, prior, top, Set.of());
    }

    public SuggestSettings {
        terms = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(terms));
        for (String t : terms) {
            if (!t.equals(t.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ")) || t.isEmpty()) {
                throw new IllegalArgumentException("a term must be lower-case words separated by single spaces: '" + t + "'");
            }
            if (t.split(" ").length > maxWords) {
                throw new IllegalArgumentException("the term '" + t + "' is longer than " + maxWords + " words");
            }
        }
        if (maxWords < 1 || maxWords > 5) {
            throw new IllegalArgumentException("the longest candidate must be 1 to 5 words, not " + maxWords);
        }
        if (window < 0) {
            throw new IllegalArgumentException("the window must not be negative: " + window);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("the minimum count must be at least 1, not " + minCount);
        }
        if (!(prior >= 0) || Double.isInfinite(prior)) {
            throw new IllegalArgumentException("the prior weight must be a number of 0 or more, not " + prior);
        }
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, not " + top);
        }
    }
}
