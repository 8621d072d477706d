package org.symqa.answer;

import org.symqa.evidence.Finding;
import org.symqa.nlp.Document;
import org.symqa.prompt.Prompt;
import org.symqa.topic.TopicDecision;

/** Writes the answer text for a finding. */
public interface AnswerWriter {
    /** The answer to the prompt, within its word limit. */
    Answer write(Prompt prompt, TopicDecision topics, Finding finding, Document document);
}
