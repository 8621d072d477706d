package org.symqa.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Counts the lines of a JSONL file that a batch will answer, before it starts, so that progress can show a total: one
 * pass over the bytes, much cheaper than answering them. Every line counts, as {@link LineSource} reads them (a blank
 * line gets an error result too): each line end, and the bytes after the last one if there are any.
 */
final class LineCount {
    private LineCount() {
    }

    /**
     * The lines of {@code file} ({@code .gz} decompressed), or -1 for standard input, a file not read, or one of more
     * than {@code maxInput} bytes (the batch stops there with its own error).
     */
    static long of(String file, long maxInput) {
        if (file.equals("-")) {
            return -1;
        }
        try (InputStream raw = Files.newInputStream(Path.of(file));
             InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : new BufferedInputStream(raw, 1 << 16)) {
            return count(in, maxInput);
        } catch (IOException | RuntimeException e) {
            return -1; // the batch itself reports what is wrong with the file
        }
    }

    /** The lines of a stream, or -1 when it holds more than {@code maxInput} bytes. */
    static long count(InputStream in, long maxInput) throws IOException {
        byte[] buf = new byte[1 << 16];
        long lines = 0;
        long bytes = 0;
        boolean open = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            bytes += n;
            if (bytes > maxInput) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    lines++;
                    open = false;
                } else {
                    open = true;
                }
            }
        }
        return lines + (open ? 1 : 0);
    }
}
