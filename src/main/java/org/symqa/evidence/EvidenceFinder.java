package org.symqa.evidence;

import org.symqa.nlp.Document;
import org.symqa.topic.TopicDecision;

/** Finds the evidence for a question's topics in an annotated context and reaches a verdict. */
public interface EvidenceFinder {
    /** The finding for the document, given the question and its topics. */
    Finding find(String question, TopicDecision topics, Document document);
}
