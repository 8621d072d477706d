package org.symqa.evidence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the evidence stage concluded: a verdict, its reason, the evidence (direct first, then related), and for a
 * general question the extracted answer span.
 */
public record Finding(Verdict verdict, Reason reason, List<Evidence> evidence, Optional<Extraction> extraction) {
    public Finding {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(extraction, "extraction");
        evidence = List.copyOf(evidence);
        if ((verdict == Verdict.ANSWERED) != (reason == Reason.DIRECT_EVIDENCE)) {
            throw new IllegalArgumentException("verdict " + verdict + " does not go with reason " + reason);
        }
        if (extraction.isPresent() && verdict != Verdict.ANSWERED) {
            throw new IllegalArgumentException("only an answered finding has an extracted answer");
        }
    }

    /** A finding without an extracted answer span. */
    public Finding(Verdict verdict, Reason reason, List<Evidence> evidence) {
        this(verdict, reason, evidence, Optional.empty());
    }
}
