package org.symqa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.symqa.batch.Utf8;

/** Reads input bytes as strict UTF-8, naming the byte offset of the first bad byte. */
final class InputText {
    private InputText() {
    }

    /** Reads a file, or standard input for {@code -}. */
    static String read(String file, InputStream stdin) throws CliException {
        return read(file, stdin, Integer.MAX_VALUE - 16, null);
    }

    /**
     * Reads a file, or standard input for {@code -}, of at most {@code max} bytes: reading stops one byte past it
     * (so that {@code /dev/zero} or a 50 MB file are refused at once) with an error that ends in {@code flag}.
     */
    static String read(String file, InputStream stdin, long max, String flag) throws CliException {
        byte[] bytes;
        String name = file.equals("-") ? "<stdin>" : file;
        int limit = (int) Math.min(max, Integer.MAX_VALUE - 16);
        try {
            if (file.equals("-")) {
                bytes = stdin.readNBytes(limit + 1); // standard input stays open
            } else {
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    bytes = in.readNBytes(limit + 1);
                }
            }
            if (bytes.length > limit) {
                throw new CliException(name + ": more than " + Sizes.bytes(limit) + (flag == null ? "" : " (" + flag + ")"));
            }
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such file");
        } catch (IOException e) {
            throw new CliException(name + ": cannot read: " + e.getMessage());
        }
        return decode(bytes, name);
    }

    /** Decodes UTF-8; {@code where} names the input in the error message. */
    static String decode(byte[] bytes, String where) throws CliException {
        try {
            return Utf8.decode(bytes, where);
        } catch (Utf8.InvalidException e) {
            throw new CliException(e.getMessage());
        }
    }
}
