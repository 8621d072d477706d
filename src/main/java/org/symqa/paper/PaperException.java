package org.symqa.paper;

/** A paper that cannot be read: its message is one line that says why (encrypted, broken, no text, ...). */
public final class PaperException extends Exception {
    private static final long serialVersionUID = 1L;

    public PaperException(String message) {
        super(message);
    }

    public PaperException(String message, Throwable cause) {
        super(message, cause);
    }
}
