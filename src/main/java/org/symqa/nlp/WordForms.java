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
     * The tokens whose word or lemma starts with each first character, folded as {@link #differAtStart} folds it:
     * entry {@code c & 0x7F} lists, in order, the positions where a token may stand for a word that starts with
     * ASCII {@code c} ({@link #positions}). Null when some word or lemma starts with a non-ASCII character (it may
     * fold to any letter, so every token must be read).
     */
    public static int[][] startIndex(java.util.List<Token> tokens) {
        int[] count = new int[128];
        if (!visit(tokens, null, count)) {
            return null;
        }
        int[][] index = new int[128][];
        for (int c = 0; c < 128; c++) {
            index[c] = count[c] == 0 ? NONE : new int[count[c]];
        }
        java.util.Arrays.fill(count, 0);
        visit(tokens, index, count);
        return index;
    }

    private static final int[] NONE = new int[0];

    /**
     * Counts each token once under the first character of its word and of its lemma (and, when {@code index} is
     * given, records its position there); false, at once, for a non-ASCII first character.
     */
    private static boolean visit(java.util.List<Token> tokens, int[][] index, int[] count) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int w = bucket(t.word());
            int l = bucket(t.lemma());
            if (w == -2 || l == -2) {
                return false;
            }
            put(index, count, w, i);
            if (l != w) {
                put(index, count, l, i);
            }
        }
        return true;
    }

    private static void put(int[][] index, int[] count, int bucket, int i) {
        if (bucket >= 0) {
            if (index != null) {
                index[bucket][count[bucket]] = i;
            }
            count[bucket]++;
        }
    }

    /** The bucket of a string's first character, folded; -1 for the empty string (no word), -2 for non-ASCII. */
    private static int bucket(String s) {
        if (s.isEmpty()) {
            return -1; // the empty string stands for no word but the empty one, which rules never ask for
        }
        char c = s.charAt(0);
        return c >= 0x80 ? -2 : (c | 0x20) & 0x7F;
    }

    /**
     * The positions of a {@link #startIndex} where a token may stand for {@code want} by {@link #matches}, in order;
     * {@code all} (every position) when the index is null or {@code want} is empty or starts with a non-ASCII
     * character. Callers must not change the array.
     */
    public static int[] positions(int[][] index, String want, int[] all) {
        if (index == null || want.isEmpty() || want.charAt(0) >= 0x80) {
            return all;
        }
        return index[(want.charAt(0) | 0x20) & 0x7F];
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
