package org.symqa.text;

import java.util.regex.Pattern;

/**
 * White space as readers and word counters see it: ASCII spaces and line ends, and the Unicode spaces PDF text is
 * full of (no-break space, thin space, ideographic space, ...). Word limits count words split on these.
 */
public final class Spaces {
    /** One or more white-space characters. */
    public static final Pattern RUN =
            Pattern.compile("[\\s\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+");

    private Spaces() {
    }

    /** True for a white-space character. */
    public static boolean is(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u0085' || c == '\u2007' || c == '\u202f'
                || c >= '\u001c' && c <= '\u001f';
    }

    /** The number of words of a text: its runs of characters outside {@link #RUN}, counted in one pass. */
    public static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = inRun(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    /**
     * True for a character of {@link #RUN}'s class: {@code \s} (ASCII), U+001C..U+001F, U+0085, U+00A0, U+1680,
     * U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000. All are in the BMP, so a surrogate is never one.
     */
    static boolean inRun(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
        }
        return c == 0x85 || c == 0xa0 || c == 0x1680 || c >= 0x2000 && c <= 0x200a || c == 0x2028 || c == 0x2029
                || c == 0x202f || c == 0x205f || c == 0x3000;
    }
}
