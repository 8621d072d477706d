package org.symqa.evidence.general;

import java.util.Locale;

/** The reply to a yes/no question, or none for other questions. */
public enum Polarity {
    /** Not a yes/no question. */
    NONE,
    /** The deciding clause says what the question asks. */
    YES,
    /** The deciding clause negates it, or says the opposite direction. */
    NO,
    /** The deciding clause leaves it open (a hedge). */
    UNSETTLED;

    /** The lower-case name: {@code yes}, {@code no}, {@code unsettled}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
