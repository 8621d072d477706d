package org.symqa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input bytes as strict UTF-8, naming the byte offset of the first bad byte. */
final class InputText {
    private InputText() {
    }

    /** Reads a file, or standard input for {@code -}. */
    static String read(String file, InputStream stdin) throws CliException {
        byte[] bytes;
        String name = file.equals("-") ? "<stdin>" : file;
        try {
            bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new CliException(name + ": no such file");
        } catch (IOException e) {
            throw new CliException(name + ": cannot read: " + e.getMessage());
        }
        return decode(bytes, name);
    }

    /** Decodes UTF-8; {@code where} names the input in the error message. */
    static String decode(byte[] bytes, String where) throws CliException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw new CliException(where + ": invalid UTF-8 at byte offset " + in.position());
        }
        d.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
