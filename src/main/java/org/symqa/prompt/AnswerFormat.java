package org.symqa.prompt;

/** The layout the prompt asks the answer to take. */
public enum AnswerFormat {
    /** Free text. */
    PLAIN,
    /** The {@code Answer:::} / {@code Answer: ...} / {@code Answer:::} block of the query template. */
    ANSWER_BLOCK
}
