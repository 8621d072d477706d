package org.symqa.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strict UTF-8: the text of good bytes (without a leading byte order mark), the offset of the first bad one. */
class Utf8Test {
    private static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) v[i];
        }
        return out;
    }

    private static String message(byte[] bytes) {
        return assertThrows(Utf8.InvalidException.class, () -> Utf8.decode(bytes, "line 3")).getMessage();
    }

    @Test
    void goodBytesGiveTheirText() throws Exception {
        assertEquals("plain", Utf8.decode("plain".getBytes(StandardCharsets.UTF_8), "x"));
        assertEquals("Gr\u00fc\u00dfe \u20ac \ud83d\ude00", Utf8.decode("Gr\u00fc\u00dfe \u20ac \ud83d\ude00"
                .getBytes(StandardCharsets.UTF_8), "x"));
        assertEquals("a \ufffd b", Utf8.decode("a \ufffd b".getBytes(StandardCharsets.UTF_8), "x"),
                "a replacement character written in the input is text like any other");
        assertEquals("bom", Utf8.decode("\ufeffbom".getBytes(StandardCharsets.UTF_8), "x"), "a leading BOM is dropped");
        assertEquals("a\ufeff", Utf8.decode("a\ufeff".getBytes(StandardCharsets.UTF_8), "x"), "only a leading one");
        assertEquals("", Utf8.decode(new byte[0], "x"));
    }

    @Test
    void badBytesAreNamedByTheirOffset() {
        assertEquals("line 3: invalid UTF-8 at byte offset 3", message(b('a', 'b', 'c', 0xC3, 0x28)));
        assertEquals("line 3: invalid UTF-8 at byte offset 0", message(b(0xC0, 0xAF)), "an overlong form");
        assertEquals("line 3: invalid UTF-8 at byte offset 1", message(b('a', 0xED, 0xA0, 0x80)), "a surrogate");
        assertEquals("line 3: invalid UTF-8 at byte offset 2", message(b('a', 'b', 0xE2, 0x82)), "cut short");
        assertEquals("line 3: invalid UTF-8 at byte offset 4",
                message(b(0xEF, 0xBF, 0xBD, ' ', 0xFF)), "after a good replacement character");
    }

    /** Random bytes: the same text as a strict decoder, or an error exactly where it has one. */
    @Test
    void randomBytesDecodeAsAStrictDecoderDoes() {
        Random r = new Random(7);
        int[] pool = {'a', ' ', 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xA0, 0xEF, 0xBF, 0xBD, 0xBB,
            0xFF, 0x80, 0xC0};
        for (int k = 0; k < 20_000; k++) {
            byte[] bytes = new byte[r.nextInt(9)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pool[r.nextInt(pool.length)];
            }
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                strict = null;
            }
            String got;
            try {
                got = Utf8.decode(bytes, "x");
            } catch (Utf8.InvalidException e) {
                got = null;
            }
            String want = strict != null && strict.startsWith("\ufeff") ? strict.substring(1) : strict;
            assertEquals(want, got, java.util.Arrays.toString(bytes));
        }
    }
}
