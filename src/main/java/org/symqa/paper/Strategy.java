package org.symqa.paper;

import java.util.Locale;

/** How the questions are applied to a paper. */
public enum Strategy {
    /** Every question's rules over every sentence of the paper (one chunk per page). */
    ALL,
    /** The published pipeline: 1000-character chunks, top k by BM25 per question, answered as a prompt. */
    RETRIEVE;

    /** The name on the command line ({@code all}, {@code retrieve}). */
    public String cli() {
        return name().toLowerCase(Locale.ROOT);
    }
}
