package org.symqa.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into tokens by the Penn Treebank convention as CoreNLP's tokenizer applies it (with {@code
 * splitHyphenated=false}), so that lexicon terms and rule patterns meet the same tokens under either backend.
 *
 * <p>Words keep inner hyphens, apostrophes and periods between letters or between digits ("ResNet-50",
 * "tf.keras", "e.g", "3.5"); URLs (with a scheme, "www." or a path after a common top-level domain:
 * "github.com/a/b"), e-mail addresses and {@code <tags>} stay whole; every other punctuation mark
 * stands alone; clitics split off ("it" "'s", "do" "n't"), a decimal number off the letters before it ("PM"
 * "2.5") and a unit off its number ("16" "GB"). A final period stays on an initial, a dotted abbreviation
 * ("U.S.", "e.g.") or a listed abbreviation ({@link TokenWords}); an abbreviation that ends a sentence becomes
 * two tokens as in CoreNLP: the word with its period, spanning the word, and the period.
 */
final class RuleTokenizer {
    private static final Pattern WHOLE = Pattern.compile(
            "(?i)(?:(?:https?|ftp)://|www\\.)[^\\s\"<>()\\[\\]{}]*[^\\s\"<>()\\[\\]{}.,;:!?'’”]"
                    + "|(?:[a-z0-9-]+\\.)+(?:com|org|net|edu|gov|int|mil|info|biz)/[^\\s\"<>()\\[\\]{}]*[^\\s\"<>()\\[\\]{}.,;:!?'’”]"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
                    + "|<[A-Za-z][A-Za-z0-9_-]*>");
    /** An initial or a dotted abbreviation ("A", "U.S", "e.g"), the final period following. */
    private static final Pattern DOTTED = Pattern.compile("\\p{L}|(?:\\p{L}\\.)+\\p{L}");
    /** Letters written against a decimal number ("PM2.5", "V1.1.0"). */
    private static final Pattern LETTERS_DECIMAL = Pattern.compile("\\p{L}+(?=\\d+(?:\\.\\d+)+$)");
    /** A number written against letters ("16GB", "3.5GHz"). */
    private static final Pattern NUMBER_UNIT = Pattern.compile("\\d+(?:[.,]\\d+)*(?=\\p{L}+$)");

    private final TokenWords words;

    RuleTokenizer(TokenWords words) {
        this.words = words;
    }

    /** A token: its span in the text and its word (the covered text, but for an abbreviation's split period). */
    record Span(int start, int end, String word) {
    }

    /** The tokens of {@code text[from, to)}. */
    List<Span> tokens(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && space(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < to && !space(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                piece(text, i, j, to, out);
            }
            i = j;
        }
        return out;
    }

    /** True for the characters that separate tokens. */
    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    private void piece(String text, int s, int e, int limit, List<Span> out) {
        if (!mayBeWhole(text, s, e)) {
            plain(text, s, e, limit, out);
            return;
        }
        Matcher whole = WHOLE.matcher(text);
        int at = s;
        while (at < e) {
            whole.region(at, e);
            if (whole.find()) {
                plain(text, at, whole.start(), limit, out);
                add(text, whole.start(), whole.end(), out);
                at = whole.end();
            } else {
                plain(text, at, e, limit, out);
                at = e;
            }
        }
    }

    /** False when the piece has none of the characters a URL, an e-mail address or a tag needs ('/', '@', '<', "www."). */
    private static boolean mayBeWhole(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '@' || c == '<' || (c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** Text without URLs: words with their inner joiners, and every other character alone. */
    private void plain(String text, int s, int e, int limit, List<Span> out) {
        int i = s;
        while (i < e) {
            char c = text.charAt(i);
            if (WordJoints.wordChar(c)) {
                int j = WordJoints.wordEnd(text, i, e);
                int end = period(text, i, j, e, limit, out);
                if (end < 0) {
                    i = j + 1; // the word and its sentence-ending period are added
                } else {
                    word(text, i, end, out);
                    i = end;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < e && Character.isLowSurrogate(text.charAt(i + 1))) {
                add(text, i, i + 2, out); // a character outside the Basic Multilingual Plane stays whole
                i += 2;
            } else {
                int j = i + 1;
                if (c == '.' && e - i >= 3 && text.startsWith("...", i) || "-‘’`'*".indexOf(c) >= 0 && j < e
                        && text.charAt(j) == c) {
                    while (j < e && text.charAt(j) == c) {
                        j++; // "...", "--", "‘‘", "**"
                    }
                } else if (c == '.' && j < e && Character.isDigit(text.charAt(j))) {
                    j = WordJoints.wordEnd(text, j, e); // ".5", ".2019.03.014"
                } else if (c == '+' && i == s && j < e && Character.isDigit(text.charAt(j))) {
                    j = WordJoints.wordEnd(text, j, e); // "+5"
                }
                add(text, i, j, out);
                i = j;
            }
        }
    }

    /**
     * Decides the period after the word {@code text[i, j)}. Returns the word's end with the period when it stays
     * on the word; the word's end when it does not; -1 when the word and its sentence-ending period were added
     * here ("al." spanning "al", then ".").
     */
    private int period(String text, int i, int j, int e, int limit, List<Span> out) {
        if (j >= e || text.charAt(j) != '.' || j + 1 < e && text.charAt(j + 1) == '.') {
            return j;
        }
        String w = text.substring(i, j);
        int next = j + 1;
        boolean lineBreak = false;
        while (next < limit && space(text.charAt(next))) {
            lineBreak |= text.charAt(next) == '\n';
            next++;
        }
        char following = next < limit ? text.charAt(next) : '\n';
        String lower = w.toLowerCase(Locale.ROOT);
        if (words.keepsPeriod(lower, following)) {
            boolean ends = lineBreak || next >= limit || Character.isUpperCase(following);
            if (words.mayEndSentence(lower) && ends) {
                out.add(new Span(i, j, w + "."));
                add(text, j, j + 1, out);
                return -1;
            }
            return j + 1;
        }
        if (DOTTED.matcher(w).matches()) {
            return j + 1;
        }
        return j;
    }

    /** A word, cut where a clitic, a unit or a decimal number starts ("it" "'s", "16" "GB", "PM" "2.5"). */
    private void word(String text, int i, int j, List<Span> out) {
        String w = text.substring(i, j);
        int cut = words.cut(w.toLowerCase(Locale.ROOT).replace('’', '\''));
        if (cut == 0 && lettersAndDigits(w)) {
            Matcher m = LETTERS_DECIMAL.matcher(w);
            if (m.lookingAt()) {
                cut = m.end();
            } else if ((m = NUMBER_UNIT.matcher(w)).lookingAt() && words.isUnit(w.substring(m.end()))) {
                cut = m.end();
            }
        }
        if (cut > 0) {
            add(text, i, i + cut, out);
            add(text, i + cut, j, out);
        } else {
            add(text, i, j, out);
        }
    }

    private static boolean lettersAndDigits(String w) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            letter |= Character.isLetter(c);
            digit |= c >= '0' && c <= '9';
        }
        return letter && digit;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        if (end > start) {
            out.add(new Span(start, end, text.substring(start, end)));
        }
    }
}
