package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A necessary condition for a rule to match, checkable on an untagged sentence: when it is false of a
 * {@link CandidateView}, the rule cannot match the tagged sentence. Built from the {@code has:} lines (every one
 * must hold) and the tokens its TokensRegex frame requires ({@link PatternCondition});
 * {@code not:} lines only exclude, so they are left out. Anything not understood counts as "may match".
 */
public sealed interface Prefilter {

    /** False only when the rule certainly cannot match the sentence once tagged. */
    boolean mayMatch(CandidateView v);

    /** The prefilter of a rule. */
    static Prefilter of(Rule rule) {
        if (!rule.has().isEmpty()) {
            List<Prefilter> all = new ArrayList<>(rule.has().stream().map(Prefilter::anyOf).toList());
            if (rule.pattern() != null) {
                all.add(PatternCondition.of(rule.pattern().toString()));
            }
            return new All(all);
        }
        return rule.pattern() == null ? Always.INSTANCE : PatternCondition.of(rule.pattern().toString());
    }

    private static Prefilter anyOf(AnyOf line) {
        return new Any(line.items().stream().map(Prefilter::item).toList());
    }

    private static Prefilter item(Item item) {
        if (item instanceof Item.Lemma l) {
            String want = l.lemma();
            return (Test) v -> v.mayHaveWord(want);
        }
        if (item instanceof Item.Phrase p) {
            return (Test) v -> v.mayHavePhrase(p.words());
        }
        if (item instanceof Item.LexiconTerm t) {
            return new Lexicon(t.lexicon());
        }
        // word patterns and numbers look at the word only, which tagging does not change
        return (Test) v -> !item.find(new SentenceView(v.sentence(), List.of())).isEmpty();
    }

    /** Holds always. */
    enum Always implements Prefilter {
        INSTANCE;

        @Override
        public boolean mayMatch(CandidateView v) {
            return true;
        }
    }

    /** Holds when every part holds. */
    record All(List<Prefilter> parts) implements Prefilter {
        @Override
        public boolean mayMatch(CandidateView v) {
            return parts.stream().allMatch(p -> p.mayMatch(v));
        }
    }

    /** Holds when some part holds. */
    record Any(List<Prefilter> parts) implements Prefilter {
        @Override
        public boolean mayMatch(CandidateView v) {
            return parts.stream().anyMatch(p -> p.mayMatch(v));
        }
    }

    /** A test on the candidate view. */
    @FunctionalInterface
    non-sealed interface Test extends Prefilter {
    }

    /**
     * Some token's word (key {@code word}) or lower-cased possible lemma (key {@code lemma}) matches a regex in
     * full (as TokensRegex {@code /re/} does) or equals a literal, ignoring case.
     */
    record Attribute(String key, Pattern regex, String literal) implements Prefilter {
        @Override
        public boolean mayMatch(CandidateView v) {
            if (key.equals("word")) {
                return v.anyVariant(t -> test(t.word()));
            }
            return v.anyVariant(t -> test(t.lemma().toLowerCase(Locale.ROOT)) || test(t.word().toLowerCase(Locale.ROOT)));
        }

        private boolean test(String s) {
            return regex != null ? regex.matcher(s).matches() : s.equalsIgnoreCase(literal);
        }
    }

    /** Some term of the lexicon may be present. */
    record Lexicon(String name) implements Prefilter {
        @Override
        public boolean mayMatch(CandidateView v) {
            return v.mayHaveLexicon(name);
        }
    }
}
