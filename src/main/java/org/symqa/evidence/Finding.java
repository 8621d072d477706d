package org.symqa.evidence;

import java.util.List;
import java.util.Objects;

/** What the evidence stage concluded: a verdict, its reason, and the evidence (direct first, then related). */
public record Finding(Verdict verdict, Reason reason, List<Evidence> evidence) {
    public Finding {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        evidence = List.copyOf(evidence);
        if ((verdict == Verdict.ANSWERED) != (reason == Reason.DIRECT_EVIDENCE)) {
            throw new IllegalArgumentException("verdict " + verdict + " does not go with reason " + reason);
        }
    }
}
