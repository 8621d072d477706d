package org.symqa.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.symqa.nlp.CodeNames;
import org.symqa.nlp.CodePaths;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;

/**
 * Finds the terms of a set of lexicons in a token sequence, matching each term token against the token's word or
 * lemma (case-insensitively, or exactly for case-sensitive terms).
 */
public final class TermMatcher {
    private final Map<String, List<Term>> byFirst = new HashMap<>();
    /** Terms of two or more words (hyphens split them too), by their first word: what a code name can spell. */
    private final Map<String, List<Spelled>> byFirstPart = new HashMap<>();

    /** A term with its words, hyphens split. */
    private record Spelled(Term term, List<String> parts) {
    }

    public TermMatcher(Collection<Lexicon> lexicons) {
        for (Lexicon lexicon : lexicons) {
            for (Term t : lexicon.terms()) {
                byFirst.computeIfAbsent(t.tokens().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
                List<String> parts = parts(t);
                if (!t.caseSensitive() && parts.size() >= 2) {
                    byFirstPart.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(new Spelled(t, parts));
                }
            }
        }
    }

    /** Every term occurrence in the tokens, in token order, then lexicon file order. */
    public List<TermHit> find(List<Token> tokens) {
        List<TermHit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            String word = tok.word().toLowerCase(Locale.ROOT);
            String lemma = tok.lemma().toLowerCase(Locale.ROOT);
            collect(byFirst.get(word), tokens, i, hits);
            if (!lemma.equals(word)) {
                collect(byFirst.get(lemma), tokens, i, hits);
            }
            String singular = WordForms.singular(tok);
            if (!singular.equals(word) && !singular.equals(lemma)) {
                collect(byFirst.get(singular), tokens, i, hits);
            }
            for (Term t : codeTerms(tok.word())) {
                if (!hit(hits, t, i)) {
                    hits.add(new TermHit(t, i, i + 1));
                }
            }
        }
        return hits;
    }

    /**
     * The terms a word of program code stands for as a whole: the one-word terms that are a dotted path's last name
     * ({@link #oneWordTerms}), then the terms of two or more words its name spells ({@link #spelledTerms}).
     */
    private List<Term> codeTerms(String word) {
        String name = CodePaths.lastName(word);
        List<Term> spelled = spelledTerms(word);
        if (name == null) {
            return spelled;
        }
        List<Term> out = new ArrayList<>(oneWordTerms(name));
        out.addAll(spelled);
        return out;
    }

    /**
     * The terms of two or more words that a code name spells, as a run of its words ("learning rate" in
     * "learning_rate", "early stopping" in "EarlyStopping", "horizontal flip" in "RandomHorizontalFlip").
     */
    private List<Term> spelledTerms(String word) {
        List<String> words = CodeNames.words(word);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Term> out = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            List<Spelled> candidates = byFirstPart.get(words.get(k));
            if (candidates == null) {
                continue;
            }
            for (Spelled sp : candidates) {
                List<String> parts = sp.parts();
                if (k + parts.size() <= words.size() && parts.equals(words.subList(k, k + parts.size()))
                        && !out.contains(sp.term())) {
                    out.add(sp.term());
                }
            }
        }
        return out;
    }

    /** A term's words, its tokens split at hyphens too ("mini-batch size": mini, batch, size). */
    private static List<String> parts(Term t) {
        List<String> out = new ArrayList<>();
        for (String token : t.tokens()) {
            for (String p : token.split("-")) {
                if (!p.isEmpty()) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The one-word terms that are the last name of a code path ("Adam" in "torch.optim.Adam"). */
    private List<Term> oneWordTerms(String name) {
        List<Term> out = new ArrayList<>();
        List<Term> candidates = byFirst.get(name.toLowerCase(Locale.ROOT));
        if (candidates != null) {
            for (Term t : candidates) {
                String only = t.tokens().get(0);
                if (t.tokens().size() == 1 && (t.caseSensitive() ? only.equals(name) : only.equalsIgnoreCase(name))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The lexicons that could have a term among tokens given as alternatives per position (a token under each
     * lemma it could get): a term is possible when each of its words matches some alternative of its position.
     */
    public Set<String> possibleLexicons(List<List<Token>> alternatives) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < alternatives.size(); i++) {
            String lastWord = null;
            for (Token tok : alternatives.get(i)) {
                if (!tok.word().equals(lastWord)) { // the alternatives of a position share its word: look it up once
                    lastWord = tok.word();
                    possible(byFirst.get(tok.word().toLowerCase(Locale.ROOT)), alternatives, i, out);
                    possible(byFirst.get(WordForms.singular(tok)), alternatives, i, out);
                    codeTerms(tok.word()).forEach(t -> out.add(t.lexicon()));
                }
                possible(byFirst.get(tok.lemma().toLowerCase(Locale.ROOT)), alternatives, i, out);
            }
        }
        return out;
    }

    private static void possible(List<Term> candidates, List<List<Token>> alternatives, int at, Set<String> out) {
        if (candidates == null) {
            return;
        }
        for (Term t : candidates) {
            if (!out.contains(t.lexicon()) && possibleAt(t, alternatives, at)) {
                out.add(t.lexicon());
            }
        }
    }

    private static boolean possibleAt(Term t, List<List<Token>> alternatives, int at) {
        if (at + t.tokens().size() > alternatives.size()) {
            return false;
        }
        for (int k = 0; k < t.tokens().size(); k++) {
            String want = t.tokens().get(k);
            boolean ok = false;
            for (Token tok : alternatives.get(at + k)) {
                if (t.caseSensitive() ? tok.word().equals(want) : WordForms.matches(tok, want)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void collect(List<Term> candidates, List<Token> tokens, int at, List<TermHit> hits) {
        if (candidates == null) {
            return;
        }
        for (Term t : candidates) {
            if (matchesAt(t, tokens, at) && !hit(hits, t, at)) {
                hits.add(new TermHit(t, at, at + t.tokens().size()));
            }
        }
    }

    /** True when the term already has a hit starting at {@code at}. */
    private static boolean hit(List<TermHit> hits, Term t, int at) {
        for (TermHit h : hits) {
            if (h.term() == t && h.start() == at) {
                return true;
            }
        }
        return false;
    }

    /** True when the term's tokens stand at position {@code at}. */
    public static boolean matchesAt(Term t, List<Token> tokens, int at) {
        if (at + t.tokens().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < t.tokens().size(); k++) {
            Token tok = tokens.get(at + k);
            String want = t.tokens().get(k);
            boolean ok = t.caseSensitive() ? tok.word().equals(want) : WordForms.matches(tok, want);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
