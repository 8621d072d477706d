package org.symqa.batch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes input bytes as strict UTF-8 (a leading byte order mark dropped), naming the offset of the first bad byte. */
public final class Utf8 {
    /** Bytes that are not UTF-8; the message names the input and the byte offset. */
    public static final class InvalidException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidException(String message) {
            super(message);
        }
    }

    private Utf8() {
    }

    /** Decodes UTF-8; {@code where} names the input in the error message. */
    public static String decode(byte[] bytes, String where) throws InvalidException {
        // the JDK's fast decoding replaces each bad sequence by U+FFFD: without one in the result, the bytes were UTF-8
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw new InvalidException(where + ": invalid UTF-8 at byte offset " + in.position());
        }
        d.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
