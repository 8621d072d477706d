package org.symqa.batch;

/**
 * One line of a JSON-lines input as read: its 1-based number, the byte offset where it starts, its bytes without the
 * line end (null when it was longer than the line limit and was skipped unread), and its length in bytes.
 */
public record InputLine(long number, long offset, byte[] bytes, long length) {
    /** Checks the numbers. */
    public InputLine {
        if (number < 1 || offset < 0 || length < 0) {
            throw new IllegalArgumentException("line " + number + " at offset " + offset + " of length " + length);
        }
        if (bytes != null && bytes.length > length) {
            throw new IllegalArgumentException("line " + number + ": " + bytes.length + " bytes kept of " + length);
        }
    }

    /** Whether the line was over the line limit, so that its bytes were not kept. */
    public boolean tooLong() {
        return bytes == null;
    }
}
