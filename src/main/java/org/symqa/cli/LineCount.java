package org.symqa.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Counts the lines of a JSONL file that a batch will answer (lines with anything but white space), before it starts,
 * so that progress can show a total: one pass over the bytes, much cheaper than answering them.
 */
final class LineCount {
    private LineCount() {
    }

    /** The non-blank lines of {@code file} ({@code .gz} decompressed), or -1 for standard input or a file not read. */
    static long of(String file) {
        if (file.equals("-")) {
            return -1;
        }
        try (InputStream raw = Files.newInputStream(Path.of(file));
             InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : new BufferedInputStream(raw, 1 << 16)) {
            return count(in);
        } catch (IOException | RuntimeException e) {
            return -1; // the batch itself reports what is wrong with the file
        }
    }

    /** The lines of a stream that hold a byte other than white space ({@link Character#isWhitespace} on Latin-1). */
    static long count(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        long lines = 0;
        boolean content = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (b == '\n') {
                    lines += content ? 1 : 0;
                    content = false;
                } else if (!content && !Character.isWhitespace((char) b)) {
                    content = true;
                }
            }
        }
        return lines + (content ? 1 : 0);
    }
}
