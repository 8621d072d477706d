package org.symqa.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;

/**
 * An untagged sentence as the rule prefilter sees it: at each position, the token with every lemma it could get
 * once tagged, and the lexicons that could then have a term in it. Whatever holds of the tagged sentence holds
 * of one of these variants, so a condition false here is false after tagging.
 */
public final class CandidateView {
    private final Sentence sentence;
    private final List<List<Token>> variants;
    private final Function<List<List<Token>>, Set<String>> lexiconFinder;
    private Set<String> lexicons;

    /**
     * @param sentence      the split sentence (words and offsets)
     * @param variants      per token, one token per possible lemma
     * @param lexiconFinder the lexicons with a possible term among the variants
     */
    public CandidateView(Sentence sentence, List<List<Token>> variants,
                         Function<List<List<Token>>, Set<String>> lexiconFinder) {
        this.sentence = sentence;
        this.variants = variants;
        this.lexiconFinder = lexiconFinder;
    }

    /** The split sentence. */
    public Sentence sentence() {
        return sentence;
    }

    /** True when some variant of some token satisfies the test. */
    public boolean anyVariant(Predicate<Token> test) {
        for (List<Token> at : variants) {
            for (Token v : at) {
                if (test.test(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the words could stand in sequence somewhere (each word against some variant of its token). */
    public boolean mayHavePhrase(List<String> words) {
        for (int i = 0; i + words.size() <= variants.size(); i++) {
            boolean ok = true;
            for (int k = 0; k < words.size() && ok; k++) {
                String want = words.get(k);
                ok = variants.get(i + k).stream().anyMatch(v -> WordForms.matches(v, want));
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** True when a term of the lexicon could be found once tagged. */
    public boolean mayHaveLexicon(String name) {
        if (lexicons == null) {
            lexicons = lexiconFinder.apply(variants);
        }
        return lexicons.contains(name);
    }
}
