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

    /** The number of words of a text. */
    public static int words(String text) {
        String t = RUN.matcher(text).replaceAll(" ").strip();
        return t.isEmpty() ? 0 : t.split(" ").length;
    }
}
