package org.symqa.nlp;

import java.util.regex.Pattern;

/**
 * Where a word of the rule tokenizer ends: word characters (letters, digits, combining marks) joined by the inner
 * characters that CoreNLP's tokenizer keeps inside a token: hyphens, underscores, apostrophes and "@" always;
 * periods between letters, between digits, or after a capital before a digit ("tf.keras", "3.5", "A.1"); commas
 * and colons between digits ("1,000", "12:30"); slashes in fractions and dates ("80/20"); "&" between capitals
 * ("AT&T"); accents written apart ("Sober´on").
 */
final class WordJoints {
    /** Whole numbers with slashes that stay one token: a fraction or a date ("80/20", "16/11/2023"). */
    private static final Pattern FRACTION = Pattern.compile("\\d+/\\d+|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    private WordJoints() {
    }

    /** The end of the word starting at {@code i}: word characters joined by inner hyphens, periods and the like. */
    static int wordEnd(String text, int i, int e) {
        int j = i;
        while (j < e && (wordChar(text.charAt(j)) || joiner(text, i, j, e))) {
            j++;
        }
        return j;
    }

    /** True when the character at {@code j} joins the word characters on both sides into one token. */
    private static boolean joiner(String text, int wordStart, int j, int e) {
        if (j + 1 >= e || j == wordStart || !wordChar(text.charAt(j + 1)) || !wordChar(text.charAt(j - 1))) {
            return false;
        }
        char c = text.charAt(j);
        char before = text.charAt(j - 1);
        char after = text.charAt(j + 1);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return switch (c) {
            case '-', '_', '\'', '’', '@' -> true;
            case '.' -> digits || Character.isLetter(before) && Character.isLetter(after)
                    || Character.isUpperCase(before) && Character.isDigit(after); // "A.1", "III.4"
            case ',', ':' -> digits;
            case '/' -> digits && integerFraction(text, wordStart, j, e);
            case '&' -> Character.isUpperCase(before) && Character.isUpperCase(after);
            case '´', '˜' -> Character.isLetter(before) && Character.isLetter(after); // "Sober´on", "Jo˜ao"
            default -> false;
        };
    }

    /** True when the slash at {@code j} sits in a fraction or date of whole numbers ("80/20", "16/11/2023"). */
    private static boolean integerFraction(String text, int wordStart, int j, int e) {
        int k = j + 1;
        while (k < e && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '/')) {
            k++;
        }
        String number = text.substring(wordStart, k);
        return (k >= e || text.charAt(k) != '.') && FRACTION.matcher(number).matches();
    }

    /** Letters, digits and combining marks. */
    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
