package org.symqa.eval;

/** A gold line that cannot be scored: a field is missing or has the wrong type. */
public final class GoldFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public GoldFormatException(String message) {
        super(message);
    }
}
