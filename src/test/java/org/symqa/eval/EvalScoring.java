package org.symqa.eval;

import java.nio.file.Path;

/** Lets tests outside this package score a predictions file with the Java scorer. */
public final class EvalScoring {
    private EvalScoring() {
    }

    /** The {@code SCORE} line for a gold file and a predictions file. */
    public static String scoreLine(Path gold, Path predictions) throws Exception {
        return ScorerAgreementTest.score(gold, predictions).figures().scoreLine();
    }
}
