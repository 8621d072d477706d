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
