package org.symqa.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.symqa.nlp.Sentence;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;

/**
 * An untagged sentence as the rule prefilter sees it: at each position, the token with every lemma it could get
 * once tagged, and the lexicons that could then have a term in it. Whatever holds of the tagged sentence holds
 * of one of these variants, so a condition false here is false after tagging. Thread-safe (views are memoised
 * per chunk sentence and shared).
 */
public final class CandidateView {
    /** The regular endings {@link WordForms#matches} takes off a word (and -ing for a stem ending in e). */
    private static final List<String> ENDINGS = List.of("s", "es", "d", "ed", "ing");
    private final Sentence sentence;
    private final List<List<Token>> variants;
    private final Function<List<List<Token>>, Set<String>> lexiconFinder;
    private volatile Set<String> lexicons;
    private final Set<String> forms = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private final List<Token> nonAscii = new ArrayList<>();
    private final String[] distinctWords;
    private final String[] lowerForms;

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
        Set<String> written = new LinkedHashSet<>();
        Set<String> lower = new LinkedHashSet<>();
        for (List<Token> at : variants) {
            for (Token v : at) {
                String lowerWord = v.word().toLowerCase(Locale.ROOT);
                String lowerLemma = v.lemma().toLowerCase(Locale.ROOT);
                written.add(v.word());
                lower.add(lowerLemma);
                lower.add(lowerWord);
                if (ascii(v.word()) && ascii(v.lemma())) {
                    words.add(lowerWord);
                    forms.add(lowerWord);
                    forms.add(lowerLemma);
                } else {
                    nonAscii.add(v);
                }
            }
        }
        for (String w : words) {
            for (String ending : ENDINGS) {
                if (w.endsWith(ending)) {
                    String stem = w.substring(0, w.length() - ending.length());
                    stems.add(stem);
                    if (ending.equals("ing")) {
                        stems.add(stem + "e");
                    }
                }
            }
        }
        distinctWords = written.toArray(String[]::new);
        lowerForms = lower.toArray(String[]::new);
    }

    /**
     * True when some token could stand for {@code want} as {@link WordForms#matches} decides. Looked up in sets of
     * lower-cased forms (ignoring case is plain lower-casing for ASCII); the inflected forms are tried without the
     * length and prefix conditions of {@code WordForms}, which can only say yes more often: the words' stems (a word
     * without one of its regular endings; without -ing and with e) are worked out once per view. Tokens with other
     * characters are tested one by one.
     */
    public boolean mayHaveWord(String want) {
        if (!ascii(want)) {
            return anyVariant(t -> WordForms.matches(t, want));
        }
        String w = want.toLowerCase(Locale.ROOT);
        if (forms.contains(w) || stems.contains(w)) {
            return true;
        }
        for (Token t : nonAscii) {
            if (WordForms.matches(t, want)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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

    /** True when some token's word, as written, satisfies the test (each distinct word tested once). */
    public boolean anyWord(Predicate<String> test) {
        return any(distinctWords, test);
    }

    /**
     * True when some token's possible lemma or word, lower-cased, satisfies the test (each distinct form tested once):
     * whether some variant's lemma or word does.
     */
    public boolean anyLowerForm(Predicate<String> test) {
        return any(lowerForms, test);
    }

    private static boolean any(String[] forms, Predicate<String> test) {
        for (String f : forms) {
            if (test.test(f)) {
                return true;
            }
        }
        return false;
    }

    /** True when the words could stand in sequence somewhere (each word against some variant of its token). */
    public boolean mayHavePhrase(List<String> words) {
        for (String w : words) {
            if (!mayHaveWord(w)) { // a word that stands nowhere stands in no sequence (a quick look-up first)
                return false;
            }
        }
        for (int i = 0; i + words.size() <= variants.size(); i++) {
            boolean ok = true;
            for (int k = 0; k < words.size() && ok; k++) {
                String want = words.get(k);
                ok = false;
                for (Token v : variants.get(i + k)) {
                    if (WordForms.matches(v, want)) {
                        ok = true;
                        break;
                    }
                }
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** True when a term of the lexicon could be found once tagged. */
    public boolean mayHaveLexicon(String name) {
        Set<String> found = lexicons;
        if (found == null) {
            found = Set.copyOf(lexiconFinder.apply(variants)); // views are shared between threads
            lexicons = found;
        }
        return found.contains(name);
    }
}
