package org.symqa;

import java.util.List;
import java.util.Objects;
import org.symqa.answer.Answer;
import org.symqa.answer.NearFinding;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Verdict;
import org.symqa.prompt.Prompt;
import org.symqa.rules.RuleKind;
import org.symqa.topic.TopicDecision;

/**
 * Everything symqa concluded about one prompt: the prompt read, its topics, the finding, the answer, and what the
 * rules of the near topics found when the finding does not answer (the reply names their facts).
 */
public record Result(Prompt prompt, TopicDecision topics, Finding finding, Answer answer, List<NearFinding> near) {
    public Result {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(answer, "answer");
        near = List.copyOf(near);
    }

    /** The topic ids, best first. */
    public List<String> topicIds() {
        return topics.topics();
    }

    /** The evidence the answer cites: only the direct evidence when answered, otherwise the related evidence seen. */
    public List<Evidence> citedEvidence() {
        if (finding.verdict() != Verdict.ANSWERED) {
            return finding.evidence();
        }
        return finding.evidence().stream().filter(e -> e.kind() == RuleKind.DIRECT).toList();
    }
}
