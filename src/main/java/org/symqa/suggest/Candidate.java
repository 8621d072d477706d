package org.symqa.suggest;

import java.util.List;
import java.util.Objects;

/**
 * A proposed term and its evidence over a topic's gold items.
 *
 * @param term         the lemmas of the term, lower case, separated by spaces
 * @param written      the term as most often written (lower case), in the most items, ties by text
 * @param answerable   answerable items whose context holds it
 * @param unanswerable unanswerable items whose context holds it
 * @param quoted       items in which a Yes answer quotes it
 * @param near         items in which it stands near a rule term of the topic
 * @param missed       answerable items holding it that symqa does not answer now
 * @param atRisk       unanswerable items holding it that symqa rightly does not answer now
 * @param score        the smoothed precision the ranking uses
 * @param covered      the topic's rule item that already holds it ({@code item} of a direct rule,
 *                     {@code item (related)} of a related one only), or empty
 * @param lexicons     lexicons with a term inside it ({@code @name}), most items first
 */
public record Candidate(String term, String written, int answerable, int unanswerable, int quoted, int near,
                        int missed, int atRisk,
                        double score, String covered, List<String> lexicons) {
    public Candidate {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(covered, "covered");
        lexicons = List.copyOf(lexicons);
        if (answerable < 0 || unanswerable < 0 || answerable + unanswerable == 0) {
            throw new IllegalArgumentException("a candidate stands in at least one item: " + term);
        }
    }

    /** The share of the items holding it that are answerable. */
    public double precision() {
        return answerable / (double) (answerable + unanswerable);
    }
}
