package org.symqa.cli;

/** A user-facing error: its message is printed as one line and the command exits non-zero. */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
