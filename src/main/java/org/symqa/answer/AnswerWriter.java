package org.symqa.answer;

import java.util.List;
import org.symqa.evidence.Finding;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.topic.TopicDecision;

/** Writes the answer text for a finding. */
public interface AnswerWriter {
    /** The answer to the prompt, within its word limit. */
    Answer write(Prompt prompt, TopicDecision topics, Finding finding, Document document);

    /**
     * The answer to the prompt, within its word limit, naming what the near topics' rules found when the finding
     * does not answer; a writer without near topics ignores them.
     */
    default Answer write(Prompt prompt, TopicDecision topics, Finding finding, List<NearFinding> near,
                         Document document) {
        return write(prompt, topics, finding, document);
    }
}
