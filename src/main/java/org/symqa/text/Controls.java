package org.symqa.text;

/**
 * Control characters in text that came from outside (prompts, papers): which are dropped when text is read, and
 * how text is made safe to print (no control characters but tab and line feed, no unpaired surrogates).
 */
public final class Controls {
    private Controls() {
    }

    /**
     * True for a control character that has no place in a text and is dropped when it is read: C0 controls that are
     * not white space (NUL, BEL, ESC, ...), DEL and the C1 controls but NEL. Tab, line feed, carriage return, vertical
     * tab, form feed and the separators U+001C..U+001F stay: readers and repairs take them for white space.
     */
    public static boolean isDropped(char c) {
        if (c < 0x20) {
            return c <= 0x08 || c >= 0x0e && c <= 0x1b;
        }
        return c >= 0x7f && c <= 0x9f && c != 0x85;
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
            } else if (c < 0x20 && c != '\t' && c != '\n' || c == 0x85) {
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
        if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
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
