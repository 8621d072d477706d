package org.symqa.answer;

import java.util.Objects;
import org.symqa.evidence.Finding;

/**
 * What the evidence rules of a near topic found in a prompt's chunks, for an unanswered reply to name: "The context
 * does not say how the hyperparameters were optimised" is followed by the hyperparameters the chunks do give. The
 * near topics of a topic are its {@code near.TOPIC} line in {@code rules/answers.txt}.
 *
 * @param topic   the near topic's id
 * @param finding what its rules found (answered: the reply names its facts)
 */
public record NearFinding(String topic, Finding finding) {
    public NearFinding {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(finding, "finding");
    }
}
