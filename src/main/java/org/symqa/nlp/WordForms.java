package org.symqa.nlp;

import java.util.Locale;

/**
 * How a token is compared with a word of a rule or lexicon: by its lower-cased word, its lemma, or its word without
 * a regular ending (-s, -es, -d, -ed, -ing): the tagger leaves "GPUs" tagged as a proper noun, or an unknown verb
 * such as "oversampled" tagged as an adjective, unlemmatised.
 */
public final class WordForms {
    private WordForms() {
    }

    /** True when the token stands for {@code want} (lower case). */
    public static boolean matches(Token t, String want) {
        String word = t.word();
        if (differAtStart(word, want) && differAtStart(t.lemma(), want)) {
            return false;
        }
        if (word.equalsIgnoreCase(want) || t.lemma().equalsIgnoreCase(want)) {
            return true;
        }
        if (want.length() < 3 || !word.regionMatches(true, 0, want, 0, Math.min(want.length(), word.length()) - 1)) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return is(w, want, want.length(), "s") || is(w, want, want.length(), "es") || is(w, want, want.length(), "d")
                || is(w, want, want.length(), "ed") || is(w, want, want.length(), "ing")
                || want.endsWith("e") && is(w, want, want.length() - 1, "ing");
    }

    /**
     * True when {@code s} cannot stand for {@code want} by any test of {@link #matches}: both start with ASCII
     * characters that differ even ignoring case (most calls; ignoring case is plain ASCII case folding there). The
     * empty string differs from any other; a non-ASCII first character may fold to an ASCII one, so it never differs.
     */
    static boolean differAtStart(String s, String want) {
        if (s.isEmpty() || want.isEmpty()) {
            return s.isEmpty() != want.isEmpty();
        }
        char a = s.charAt(0);
        char b = want.charAt(0);
        return a < 0x80 && b < 0x80 && (a | 0x20) != (b | 0x20);
    }

    /**
     * The first characters of the tokens' words and lemmas, folded as {@link #differAtStart} folds them, as a bit set
     * of two longs; a third long is non-zero when some word or lemma starts with a non-ASCII character (it may stand
     * for any word). {@link #mayStart} asks it whether any token can stand for a word.
     */
    public static long[] starts(java.util.List<Token> tokens) {
        long[] mask = new long[3];
        for (Token t : tokens) {
            addStart(mask, t.word());
            addStart(mask, t.lemma());
        }
        return mask;
    }

    private static void addStart(long[] mask, String s) {
        if (s.isEmpty()) {
            return; // the empty string stands for no word but the empty one, which rules never ask for
        }
        char c = s.charAt(0);
        if (c >= 0x80) {
            mask[2] = 1;
        } else {
            int bit = (c | 0x20) & 0x7F;
            mask[bit >> 6] |= 1L << (bit & 63);
        }
    }

    /**
     * False only when no token of the {@link #starts} mask can stand for {@code want} by {@link #matches}: its first
     * character is ASCII and no word or lemma starts with it (ignoring case).
     */
    public static boolean mayStart(long[] mask, String want) {
        if (want.isEmpty() || mask[2] != 0) {
            return true;
        }
        char c = want.charAt(0);
        if (c >= 0x80) {
            return true;
        }
        int bit = (c | 0x20) & 0x7F;
        return (mask[bit >> 6] & 1L << (bit & 63)) != 0;
    }

    /** True when {@code w} is the first {@code n} characters of {@code want} and then {@code ending} (no new string). */
    private static boolean is(String w, String want, int n, String ending) {
        return w.length() == n + ending.length() && w.startsWith(ending, n) && w.regionMatches(0, want, 0, n);
    }

    /** The forms under which a token is looked up: lower-cased word, lemma, and singular. */
    public static String singular(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }
}
