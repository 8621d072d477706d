package org.symqa;

import java.util.ArrayList;
import java.util.List;
import org.symqa.answer.NearFinding;
import org.symqa.answer.Templates;
import org.symqa.evidence.Finding;
import org.symqa.evidence.Reason;
import org.symqa.evidence.RuleEvidenceFinder;
import org.symqa.evidence.Verdict;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.topic.TopicDecision;

/**
 * Asks the near topics of a question's topic ({@code near.TOPIC} of rules/answers.txt) what their evidence rules
 * find, when the question's own finding does not answer: the reply then names the facts of each near topic that
 * answers. Only their direct rules run: a near topic's related evidence would name no fact.
 */
final class NearTopicFinder {
    private final RuleEvidenceFinder rules;
    private final Templates templates;

    NearTopicFinder(RuleEvidenceFinder rules, Templates templates) {
        this.rules = rules;
        this.templates = templates;
    }

    /**
     * What the rules of the best topic's near topics find in the chunks, in the line's order, when the finding does
     * not answer and the chunks hold text; a topic of the decision itself is not asked again.
     */
    List<NearFinding> find(Prompt prompt, TopicDecision topics, Finding finding, Document document) {
        if (finding.verdict() == Verdict.ANSWERED || finding.reason() == Reason.NO_CONTEXT) {
            return List.of();
        }
        List<NearFinding> out = new ArrayList<>();
        for (String t : templates.near(topics.topics().get(0))) {
            if (!topics.topics().contains(t)) {
                out.add(new NearFinding(t, rules.findDirect(new TopicDecision(List.of(t), List.of()), document)));
            }
        }
        return out;
    }
}
