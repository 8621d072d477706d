package org.symqa.prompt;

/** Bad input: a prompt that cannot be read, with the place it went wrong (file:line, JSONL line, byte offset). */
public final class PromptException extends Exception {
    private static final long serialVersionUID = 1L;

    public PromptException(String message) {
        super(message);
    }
}
