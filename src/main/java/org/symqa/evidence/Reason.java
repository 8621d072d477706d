package org.symqa.evidence;

import java.util.Locale;

/** Why a verdict came out as it did. */
public enum Reason {
    /** A direct rule of the question's topic matched. */
    DIRECT_EVIDENCE,
    /** The direct rules matched only sentences that say the step was not done ("dropout was not used"). */
    NEGATED_EVIDENCE_ONLY,
    /** Only related rules matched. */
    RELATED_EVIDENCE_ONLY,
    /** No rule of the question's topic matched any sentence. */
    NO_MATCHING_EVIDENCE,
    /** A general question: no sentence holds enough of the question's words. */
    WEAK_OVERLAP,
    /** A general question: the best sentence holds the question's words but no span of its answer type. */
    NO_ANSWER_SPAN,
    /** A general question: another sentence gives a different answer and ranks nearly as high. */
    AMBIGUOUS,
    /** The prompt holds no context. */
    NO_CONTEXT;

    /** The lower-case name used in JSON. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
