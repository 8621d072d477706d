package org.symqa.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quick test that rules out words a word regex cannot fully match, before the regex engine runs: the first
 * characters a match may open with, and a stretch of text every match holds.
 *
 * <p>The first characters are asked of the engine itself, once per regex: a one-character input that fails without
 * the engine reaching its end ({@link Matcher#hitEnd()}) fails with any continuation too. The stretch is read from a
 * source of the form {@code .*text...}: the plain characters (and {@code \.}-style escapes) after the leading
 * {@code .*}, up to the first other construct, leaving out a character a quantifier may drop; a source with a
 * {@code |} anywhere has none. Either test only says "no" where the engine would; the engine decides the rest.
 *
 * @param needle  text every match contains, or null (lower case when {@code anyCase})
 * @param anyCase whether the needle is compared ignoring ASCII case (the source opens with {@code (?i)})
 * @param low     bit c set when a match may open with ASCII character c, for c below 64
 * @param high    the same for c from 64 to 127
 */
public record WordGate(String needle, boolean anyCase, long low, long high) {
    private static final String CASE_FLAG = "(?i)";
    private static final String ANY = ".*";
    private static final long ALL = -1L;

    /** The gate of a regex, or null when it would let every word through. */
    public static WordGate of(Pattern pattern) {
        long low = 0;
        long high = 0;
        Matcher m = pattern.matcher("");
        for (char c = 0; c < 128; c++) {
            m.reset(String.valueOf(c));
            if (m.matches() || m.hitEnd()) {
                if (c < 64) {
                    low |= 1L << c;
                } else {
                    high |= 1L << (c - 64);
                }
            }
        }
        String src = pattern.pattern();
        boolean anyCase = src.startsWith(CASE_FLAG) && pattern.flags() == Pattern.CASE_INSENSITIVE;
        String needle = pattern.flags() == (anyCase ? Pattern.CASE_INSENSITIVE : 0)
                ? needle(anyCase ? src.substring(CASE_FLAG.length()) : src) : null;
        if (needle != null && anyCase) {
            needle = needle.toLowerCase(java.util.Locale.ROOT);
        }
        if (needle == null && low == ALL && high == ALL) {
            return null;
        }
        return new WordGate(needle, anyCase, low, high);
    }

    /** The plain text after a leading {@code .*}, or null. */
    static String needle(String src) {
        if (!src.startsWith(ANY) || src.indexOf('|') >= 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int i = ANY.length();
        while (i < src.length()) {
            char c = src.charAt(i);
            int next;
            char lit;
            if (c == '\\' && i + 1 < src.length() && !Character.isLetterOrDigit(src.charAt(i + 1))) {
                lit = src.charAt(i + 1);
                next = i + 2;
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '/' || c == '@') {
                lit = c;
                next = i + 1;
            } else {
                break;
            }
            if (next < src.length() && "?*{".indexOf(src.charAt(next)) >= 0) {
                break; // the character may be left out
            }
            out.append(lit);
            i = next;
            if (i < src.length() && src.charAt(i) == '+') {
                break; // once at least: it counts, what follows may repeat it
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** False only when the regex cannot fully match the word. */
    public boolean mayMatch(String word) {
        if (word.isEmpty()) {
            return true;
        }
        char first = word.charAt(0);
        if (first < 64 ? (low & (1L << first)) == 0 : first < 128 && (high & (1L << (first - 64))) == 0) {
            return false;
        }
        return needle == null || contains(word);
    }

    private boolean contains(String word) {
        int n = needle.length();
        for (int i = 0; i + n <= word.length(); i++) {
            if (word.regionMatches(anyCase, i, needle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
