package org.symqa.evidence;

import java.util.Locale;

/** Whether the context answers the question. */
public enum Verdict {
    /** Direct evidence answers the question. */
    ANSWERED,
    /** Only related evidence: the context does not answer, but says something near it. */
    PARTIAL,
    /** Nothing in the context bears on the question. */
    NO_INFORMATION;

    /** The lower-case name used in JSON ({@code no_information}). */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
