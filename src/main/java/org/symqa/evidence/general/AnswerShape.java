package org.symqa.evidence.general;

import java.util.Locale;

/** The shape of the span that answers a general question. */
public enum AnswerShape {
    /** Yes, no, or the context does not settle it. */
    POLAR,
    /** A number with its qualifier and unit: "over 3000 bird species", "46%", "from 9% to 68%". */
    NUMBER,
    /** A year or month, or a range of them: "between 1870 and 1914". */
    DATE,
    /** A place name or a noun phrase naming a kind of place: "Lower Saxony, Germany". */
    PLACE,
    /** A noun phrase, or a list of them: "the F test", "GBIF and OBIS". */
    NAME,
    /** The rest of a clause: "the alternation of two or more languages within a single utterance". */
    CLAUSE;

    /** The shape of a name as written in a rule file ({@code polar}, {@code number}, ...), or null. */
    public static AnswerShape named(String name) {
        for (AnswerShape s : values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(name)) {
                return s;
            }
        }
        return null;
    }
}
