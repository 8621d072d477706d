package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.lexicon.TermHit;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;

/**
 * One thing a keyword rule looks for in a sentence: a lemma, a phrase, a lexicon term, a word pattern, a number or a
 * word family ({@link FamilyWords}).
 * Each item's {@code toString()} prints it as written in the rule file.
 */
public sealed interface Item permits Item.Lemma, Item.Phrase, Item.LexiconTerm, Item.WordPattern, Item.Number,
        FamilyWords {

    /** Every place the item stands in the sentence, in token order. */
    List<Span> find(SentenceView s);

    /** True when the item stands somewhere in the sentence: {@code !find(s).isEmpty()}, without listing the places. */
    default boolean any(SentenceView s) {
        return !find(s).isEmpty();
    }

    /** False only when the item cannot be found in the sentence once it is tagged. */
    boolean mayMatch(CandidateView v);

    /** The lexicon the item refers to, or null. */
    default String lexicon() {
        return null;
    }

    /** A lemma (or lower-cased word): {@code train}. */
    record Lemma(String lemma) implements Item {
        @Override
        public List<Span> find(SentenceView s) {
            List<Span> out = new ArrayList<>();
            List<Token> tokens = s.tokens();
            for (int i : s.positions(lemma)) {
                if (same(tokens.get(i), lemma)) {
                    out.add(new Span(i, i + 1));
                }
            }
            return out;
        }

        @Override
        public boolean any(SentenceView s) {
            List<Token> tokens = s.tokens();
            for (int i : s.positions(lemma)) {
                if (same(tokens.get(i), lemma)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean mayMatch(CandidateView v) {
            return v.mayHaveWord(lemma);
        }

        @Override
        public String toString() {
            return lemma;
        }
    }

    /** A sequence of lemmas or words: {@code "early stopping"}. */
    record Phrase(List<String> words, String text) implements Item {
        public Phrase {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a phrase needs at least one word: \"" + text + "\"");
            }
            words = List.copyOf(words);
        }

        @Override
        public List<Span> find(SentenceView s) {
            List<Span> out = new ArrayList<>();
            List<Token> tokens = s.tokens();
            int[] starts = s.positions(words.get(0));
            for (int i = at(tokens, starts, 0); i >= 0; i = at(tokens, starts, i + 1)) {
                out.add(new Span(i, i + words.size()));
            }
            return out;
        }

        @Override
        public boolean any(SentenceView s) {
            return at(s.tokens(), s.positions(words.get(0)), 0) >= 0;
        }

        /**
         * The first token at or after {@code from} where the words stand in sequence, or -1; only the positions
         * {@code starts} (in order) can hold the first word.
         */
        private int at(List<Token> tokens, int[] starts, int from) {
            for (int i : starts) {
                if (i < from) {
                    continue;
                }
                if (i + words.size() > tokens.size()) {
                    return -1;
                }
                boolean ok = true;
                for (int k = 0; k < words.size() && ok; k++) {
                    ok = same(tokens.get(i + k), words.get(k));
                }
                if (ok) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean mayMatch(CandidateView v) {
            return v.mayHavePhrase(words);
        }

        @Override
        public String toString() {
            return "\"" + text + "\"";
        }
    }

    /** Any term of a lexicon: {@code @hardware-device}. */
    record LexiconTerm(String lexicon) implements Item {
        @Override
        public List<Span> find(SentenceView s) {
            List<Span> out = new ArrayList<>();
            for (TermHit h : s.hits(lexicon)) {
                out.add(new Span(h.start(), h.end()));
            }
            return out;
        }

        @Override
        public boolean mayMatch(CandidateView v) {
            return v.mayHaveLexicon(lexicon);
        }

        @Override
        public String toString() {
            return "@" + lexicon;
        }
    }

    /** A token whose original word fully matches a Java regex: {@code /[A-Z]{2,}\d+/}. */
    record WordPattern(Pattern pattern, WordRegex words) implements Item {
        /** The regex's word test is worked out here, once for the rule set. */
        WordPattern(Pattern pattern) {
            this(pattern, WordRegex.of(pattern));
        }

        @Override
        public List<Span> find(SentenceView s) {
            List<Span> out = new ArrayList<>();
            List<Token> tokens = s.tokens();
            Predicate<String> test = words.tester(); // one for the sentence: matchers are costly to make
            for (int i = 0; i < tokens.size(); i++) {
                if (test.test(tokens.get(i).word())) {
                    out.add(new Span(i, i + 1));
                }
            }
            return out;
        }

        @Override
        public boolean any(SentenceView s) {
            Predicate<String> test = words.tester();
            for (Token t : s.tokens()) {
                if (test.test(t.word())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean mayMatch(CandidateView v) {
            return v.anyWord(words.tester()); // the word does not change when tagged; each distinct word once
        }

        @Override
        public String toString() {
            return "/" + pattern.pattern() + "/";
        }
    }

    /** A number token: {@code #NUM}. */
    record Number() implements Item {
        private static final Pattern DIGITS = Pattern.compile("[-+]?\\d[\\d.,]*%?");

        @Override
        public List<Span> find(SentenceView s) {
            List<Span> out = new ArrayList<>();
            List<Token> tokens = s.tokens();
            Matcher m = DIGITS.matcher("");
            for (int i = 0; i < tokens.size(); i++) {
                if (m.reset(tokens.get(i).word()).matches()) {
                    out.add(new Span(i, i + 1));
                }
            }
            return out;
        }

        @Override
        public boolean mayMatch(CandidateView v) {
            return someWord(DIGITS, v); // the word does not change when tagged
        }

        @Override
        public String toString() {
            return "#NUM";
        }
    }

    /** True when some word of the untagged sentence matches the pattern in full (where {@code find} finds one). */
    private static boolean someWord(Pattern pattern, CandidateView v) {
        Matcher m = pattern.matcher("");
        return v.anyWord(w -> m.reset(w).matches()); // each distinct word once
    }

    private static boolean same(Token t, String want) {
        return WordForms.matches(t, want);
    }
}
