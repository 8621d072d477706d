package org.symqa.eval;

/** The scorer's words on the repository's lexicons, for tests outside this package. */
public final class EvalWords {
    private EvalWords() {
    }

    /** The scorer's words. */
    public static ScoreWords words() throws Exception {
        return ScorerAgreementTest.words();
    }
}
