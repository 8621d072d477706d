package org.symqa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word counts split on the white space of {@link Spaces#RUN}, counted without a regex. */
class SpacesTest {
    /** The count as it was made before: runs replaced by one space, stripped, split. */
    private static int byRegex(String text) {
        String t = Spaces.RUN.matcher(text).replaceAll(" ").strip();
        return t.isEmpty() ? 0 : t.split(" ").length;
    }

    @Test
    void eachCharacterIsASpaceExactlyWhenTheRunPatternTakesIt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Spaces.RUN.matcher(String.valueOf(c)).matches(), Spaces.inRun(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void wordsAreCountedAsTheRunPatternSplitsThem() {
        assertEquals(0, Spaces.words(""));
        assertEquals(0, Spaces.words(" \t\n\u00a0\u3000"));
        assertEquals(1, Spaces.words("a"));
        assertEquals(2, Spaces.words("  a \u2009\u2009 b  "));
        assertEquals(2, Spaces.words("\ud83d\ude00 x"), "a character outside the BMP is a word's");
        assertEquals(1, Spaces.words("a\u200bb"), "a zero-width space is no space");
        String alphabet = "ab. \t\n\r\u000b\f\u001c\u001f\u0085\u00a0\u1680\u2000\u2007\u200a\u200b\u2028\u2029\u202f"
                + "\u205f\u3000\ufeff\ud83d\ude00\ud83d";
        Random r = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertEquals(byRegex(b.toString()), Spaces.words(b.toString()), b.toString());
        }
    }
}
