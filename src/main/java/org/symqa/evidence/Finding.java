package org.symqa.evidence;

import java.util.List;
import java.util.Objects;

/**
 * What the evidence stage concluded: a verdict, its reason, the evidence (direct first, then related), and the log
 * of how it got there.
 */
public record Finding(Verdict verdict, Reason reason, List<Evidence> evidence, FindingLog log) {
    /** A finding without a log. */
    public Finding(Verdict verdict, Reason reason, List<Evidence> evidence) {
        this(verdict, reason, evidence, FindingLog.EMPTY);
    }

    public Finding {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(log, "log");
        evidence = List.copyOf(evidence);
        if ((verdict == Verdict.ANSWERED) != (reason == Reason.DIRECT_EVIDENCE)) {
            throw new IllegalArgumentException("verdict " + verdict + " does not go with reason " + reason);
        }
    }
}
