package org.symqa.paper;

import java.util.Objects;
import org.symqa.evidence.Evidence;

/**
 * An evidence sentence of an answer with its place in the paper.
 *
 * @param evidence the evidence as the pipeline found it (chunk number and offsets in that chunk)
 * @param location its page and section
 */
public record Citation(Evidence evidence, Location location) {
    public Citation {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(location, "location");
    }
}
