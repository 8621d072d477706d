package org.symqa.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the evidence stage concluded: a verdict, its reason, the evidence (direct first, then related), the log of
 * how it got there, and for a general question the extracted answer.
 */
public record Finding(Verdict verdict, Reason reason, List<Evidence> evidence, FindingLog log,
                      Optional<Extraction> extraction) {
    /** A finding without a log. */
    public Finding(Verdict verdict, Reason reason, List<Evidence> evidence) {
        this(verdict, reason, evidence, FindingLog.EMPTY);
    }

    /** A finding without an extracted answer. */
    public Finding(Verdict verdict, Reason reason, List<Evidence> evidence, FindingLog log) {
        this(verdict, reason, evidence, log, Optional.empty());
    }

    public Finding {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(extraction, "extraction");
        evidence = List.copyOf(evidence);
        if ((verdict == Verdict.ANSWERED) != (reason == Reason.DIRECT_EVIDENCE)) {
            throw new IllegalArgumentException("verdict " + verdict + " does not go with reason " + reason);
        }
        if (extraction.isPresent() && verdict != Verdict.ANSWERED) {
            throw new IllegalArgumentException("only an answered finding has an extracted answer");
        }
    }
}
