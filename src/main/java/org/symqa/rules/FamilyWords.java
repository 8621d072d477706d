package org.symqa.rules;

import java.util.ArrayList;
import java.util.List;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;

/**
 * A word family as one rule item: {@code ~preprocess} stands for every member of the word's family in
 * {@code lexicons/word-families.txt} ("preprocess", "pre-processing", "preprocessor", ...), each matched as a bare
 * rule word is (its lemma or word, and its regular inflections), so that a rule names a family once instead of
 * listing its forms.
 *
 * @param written the item as written, without its {@code ~}
 * @param members the family's members, lower case, the family's first word first
 */
public record FamilyWords(String written, List<String> members) implements Item {
    /** Validates: a family has members. */
    public FamilyWords {
        if (written == null || written.isEmpty()) {
            throw new IllegalArgumentException("a family item needs its word");
        }
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("the family of '" + written + "' has no members");
        }
        members = List.copyOf(members);
    }

    @Override
    public List<Span> find(SentenceView s) {
        List<Span> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (member(tokens.get(i))) {
                out.add(new Span(i, i + 1));
            }
        }
        return out;
    }

    @Override
    public boolean any(SentenceView s) {
        for (Token t : s.tokens()) {
            if (member(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean member(Token t) {
        for (String m : members) {
            if (WordForms.matches(t, m)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean mayMatch(CandidateView v) {
        for (String m : members) {
            if (v.mayHaveWord(m)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "~" + written;
    }
}
