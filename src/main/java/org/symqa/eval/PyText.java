package org.symqa.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Python string semantics that the scorer relies on, where Java's differ: {@code str.isspace}, {@code str.split()},
 * {@code str.isdigit} and {@code format(x, ".3f")} (the grounding test's {@code str.strip(chars)} is
 * {@link org.symqa.text.Quote#bare}).
 *
 * <p>All functions work on code points, as Python strings do.
 */
final class PyText {
    /** Python's {@code \s} and {@code str.isspace} as a Java regex character class. */
    static final String SPACE_CLASS = "[\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    /** Code points with Numeric_Type=Digit (not decimal) that Python's {@code isdigit} accepts, as inclusive ranges. */
    private static final int[][] DIGIT_RANGES = {
        {0x00B2, 0x00B3}, {0x00B9, 0x00B9}, {0x1369, 0x1371}, {0x19DA, 0x19DA}, {0x2070, 0x2070}, {0x2074, 0x2079},
        {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
        {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792}, {0x10A40, 0x10A43},
        {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x1F100, 0x1F10A}};

    private PyText() {
    }

    /** Python's {@code str.isspace} for one code point. */
    static boolean isSpace(int c) {
        return c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** Python's {@code str.isdigit} for one code point: decimal digits plus superscripts, circled digits and the like. */
    static boolean isDigit(int c) {
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        for (int[] r : DIGIT_RANGES) {
            if (c >= r[0] && c <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** True when the text is empty or all Python whitespace ({@code not s.strip()}). */
    static boolean isBlank(String s) {
        return s.codePoints().allMatch(PyText::isSpace);
    }

    /** Python's {@code str.split()}: runs of whitespace separate words; no empty words. */
    static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (isSpace(c)) {
                if (start >= 0) {
                    words.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(s.substring(start));
        }
        return words;
    }

    /** Python's {@code str.lower()} (full case mapping: final sigma, dotted capital I). */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Length in code points, as Python's {@code len}. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python's {@code format(x, ".3f")}: the exact binary value rounded half-even; {@code nan} for NaN. */
    static String fixed3(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        return x < 0 || (x == 0 && 1 / x < 0) ? (s.startsWith("-") ? s : "-" + s) : s;
    }
}
