package org.symqa.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.symqa.nlp.Token;

/**
 * Cuts a tagged sentence into candidate terms: runs of 1 to {@code maxWords} consecutive words (punctuation and
 * numbers break a run) that neither start nor end with a stop word and hold no stop word that is a verb ("images
 * were tiled" is a clause, not a term).
 */
final class Grams {
    /** A word: letters and digits with inner hyphens or apostrophes, at least one letter, two characters or more. */
    private static final Pattern WORD = Pattern.compile("(?=.*\\p{L})[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*[\\p{L}\\p{N}]");

    private final Set<String> stop;
    private final int maxWords;

    /** Grams of up to {@code maxWords} words; {@code stop} holds lower-case stop words. */
    Grams(Set<String> stop, int maxWords) {
        this.stop = Set.copyOf(stop);
        this.maxWords = maxWords;
    }

    /** Every candidate of the tokens, by start then length. */
    List<Gram> of(List<Token> tokens) {
        List<Gram> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isWord(tokens.get(i)) || isStop(tokens.get(i))) {
                continue;
            }
            StringBuilder lemmas = new StringBuilder();
            StringBuilder words = new StringBuilder();
            for (int j = i; j < tokens.size() && j < i + maxWords && isWord(tokens.get(j)); j++) {
                Token t = tokens.get(j);
                if (isStop(t) && t.pos().startsWith("VB")) {
                    break;
                }
                if (j > i) {
                    lemmas.append(' ');
                    words.append(' ');
                }
                lemmas.append(lemma(t));
                words.append(t.word().toLowerCase(Locale.ROOT));
                if (!isStop(t)) {
                    out.add(new Gram(lemmas.toString(), words.toString(), i, j + 1));
                }
            }
        }
        return out;
    }

    /** The lower-case words of a text's tokens, for matching quotes; non-words become {@code null} (breaks). */
    static List<String> words(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(WORD.matcher(t).matches() ? t.toLowerCase(Locale.ROOT) : null);
        }
        return out;
    }

    private boolean isStop(Token t) {
        return stop.contains(t.word().toLowerCase(Locale.ROOT)) || stop.contains(lemma(t));
    }

    private static boolean isWord(Token t) {
        return WORD.matcher(t.word()).matches();
    }

    private static String lemma(Token t) {
        String lemma = t.lemma().isEmpty() ? t.word() : t.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
