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
