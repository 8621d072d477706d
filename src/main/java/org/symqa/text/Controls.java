package org.symqa.text;

/**
 * Control characters in text that came from outside (prompts, papers): which are dropped when text is read, and
 * how text is made safe to print (no control characters but tab and line feed, no unpaired surrogates).
 */
public final class Controls {
    private Controls() {
    }

    /**
     * True for a control character that has no place in a text and is dropped when it is read: the C0 controls that
     * are not white space (NUL, BEL, BS, ESC, ...) and DEL. Tab, line feed, carriage return, vertical tab, form feed
     * and the separators U+001C..U+001F stay: readers and repairs take them for white space. The C1 range
     * U+0080..U+009F stays too: in PDF text it is punctuation decoded with the wrong code page (U+0092 for an
     * apostrophe), and a terminal reading UTF-8 does not act on it.
     */
    public static boolean isDropped(char c) {
        return c < 0x20 ? c <= 0x08 || c >= 0x0e && c <= 0x1b : c == 0x7f;
    }

    /** The text without the characters {@link #isDropped} drops. */
    public static String withoutDropped(String s) {
        int i = 0;
        while (i < s.length() && !isDropped(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            if (!isDropped(s.charAt(k))) {
                b.append(s.charAt(k));
            }
        }
        return b.toString();
    }

    /**
     * The text as it may be printed to a terminal or written to a file: dropped controls removed, the remaining
     * control characters but tab and line feed made spaces, unpaired surrogates made U+FFFD (so that the UTF-8
     * written is valid). Returns the same string when there is nothing to change.
     */
    public static String printable(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && plain(s, i)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else if (isDropped(c)) {
                continue;
            } else if (c < 0x20 && c != '\t' && c != '\n') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean plain(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7f) {
            return true;
        }
        if (c == '\t' || c == '\n') {
            return true;
        }
        if (c < 0x20 || c == 0x7f) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return true;
    }
}
