package org.symqa.topic;

/** Recognises the topics of a question. */
public interface TopicRecognizer {
    /** The topics of the question, best first ({@code general} when none). */
    TopicDecision recognise(String question);
}
