package org.symqa.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.symqa.batch.InputLine;

/**
 * One line of the input as Hadoop's reader gives it, before its number is known: the byte offset where it starts (in
 * the decompressed stream for {@code .gz}) and its bytes without the {@code \n}.
 *
 * @param offset where the line starts
 * @param bytes  the line's bytes, its {@code \r} (if any) still on
 */
record RawLine(long offset, byte[] bytes) implements Serializable {
    /** Checks the parts. */
    RawLine {
        if (offset < 0 || bytes == null) {
            throw new IllegalArgumentException("a line needs bytes and an offset");
        }
    }

    /**
     * The line as {@code symqa batch} reads it: a line over {@code maxLine} bytes keeps no bytes, and a {@code \r}
     * before the line end is dropped.
     */
    InputLine toInputLine(long number, long maxLine) {
        long length = bytes.length;
        byte[] kept = null;
        if (length <= maxLine) {
            kept = length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
        }
        return new InputLine(number, offset, kept, length);
    }
}
