package org.symqa.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.symqa.batch.InputLine;

/**
 * Reads a JSONL file (plain or .gz, or standard input) line by line as raw bytes, keeping line numbers and offsets,
 * within bounds: a line longer than {@code maxLine} bytes is skipped without being kept (its {@link Line#bytes} is
 * null, see {@link InputLine}), and reading stops with an error past {@code maxInput} bytes in all (counted after decompression, so that a
 * small gzip file cannot unpack without end).
 */
final class LineSource implements Closeable {

    private final InputStream in;
    private final String name;
    private final long maxLine;
    private final long maxInput;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private long number;
    private long offset;
    private boolean eof;

    private LineSource(InputStream in, String name, long maxLine, long maxInput) {
        this.in = in;
        this.name = name;
        this.maxLine = maxLine;
        this.maxInput = maxInput;
    }

    /** Opens a file ({@code .gz} is decompressed) or standard input for {@code -}. */
    static LineSource open(String file, InputStream stdin, long maxLine, long maxInput) throws CliException {
        String name = file.equals("-") ? "<stdin>" : file;
        try {
            InputStream raw = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
            if (file.endsWith(".gz")) {
                raw = new GZIPInputStream(raw, 1 << 16);
            }
            return new LineSource(raw, name, maxLine, maxInput);
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such file");
        } catch (IOException e) {
            throw new CliException(name + ": cannot read: " + e.getMessage());
        }
    }

    /** The next line, or null at the end. */
    InputLine next() throws IOException, CliException {
        if (pos == end && !fill()) {
            return null;
        }
        long start = offset;
        ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(8192, (int) Math.min(maxLine, 1 << 20)));
        long length = 0;
        boolean newline = false;
        while (pos < end || fill()) {
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int n = stop - pos;
            if (kept != null) {
                if (length + n > maxLine) {
                    kept = null;
                } else {
                    kept.write(buf, pos, n);
                }
            }
            length += n;
            offset += n;
            pos = stop;
            if (nl >= 0) {
                pos++;
                offset++;
                newline = true;
                break;
            }
        }
        if (!newline && length == 0) {
            return null;
        }
        byte[] bytes = null;
        if (kept != null) {
            bytes = kept.toByteArray();
            if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            }
        }
        return new InputLine(++number, start, bytes, length);
    }

    private boolean fill() throws IOException, CliException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
            eof = true;
            pos = 0;
            end = 0;
            return false;
        }
        pos = 0;
        end = n;
        if (offset + n > maxInput) {
            throw new CliException(name + ": more than " + Sizes.bytes(maxInput) + " of input (--max-input)");
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
