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
    /** A general question: the best sentence shares too few of the question's words, or lacks the answer type. */
    WEAK_OVERLAP,
    /** The prompt holds no context. */
    NO_CONTEXT;

    /** The lower-case name used in JSON. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
