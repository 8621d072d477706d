package org.symqa.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads a JSONL file (plain or .gz, or standard input) line by line as raw bytes, keeping line numbers and offsets. */
final class LineSource implements Closeable {

    /** One line: its 1-based number, the byte offset where it starts, its bytes without the line end. */
    record Line(long number, long offset, byte[] bytes) {
    }

    private final InputStream in;
    private long number;
    private long offset;

    private LineSource(InputStream in) {
        this.in = in;
    }

    /** Opens a file ({@code .gz} is decompressed) or standard input for {@code -}. */
    static LineSource open(String file, InputStream stdin) throws CliException {
        try {
            InputStream raw = file.equals("-") ? stdin : Files.newInputStream(Path.of(file));
            InputStream buffered = new BufferedInputStream(raw, 1 << 16);
            if (file.endsWith(".gz")) {
                buffered = new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16);
            }
            return new LineSource(buffered);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file");
        } catch (IOException e) {
            throw new CliException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The next line, or null at the end. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
        long start = offset;
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            offset++;
            if (b == '\n') {
                break;
            }
            buf.write(b);
        }
        if (!any) {
            return null;
        }
        byte[] bytes = buf.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, len - 1);
        }
        return new Line(++number, start, bytes);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
