package org.symqa.evidence;

import java.util.ArrayList;
import java.util.List;
import org.symqa.nlp.Token;
import org.symqa.rules.Mention;
import org.symqa.rules.Span;

/**
 * Joins a fact and the acronym the context gives it in brackets, so that "mean absolute error (MAE)" is one fact, not
 * "mean absolute error" and "MAE": a plain mention followed by "(", an acronym of its words and ")" grows over them,
 * and a mention inside those brackets goes.
 *
 * <p>An acronym is two or more capital letters, with a final plural "s" allowed ("CNNs"); it belongs to a phrase when
 * its letters are the first letters of the phrase's words (split at spaces and hyphens), or of its words longer than
 * three letters ("area under the curve", AUC).
 */
final class Acronyms {
    private Acronyms() {
    }

    /** The mentions, sorted by start, with each plain one grown over its bracketed acronym. */
    static List<Mention> joined(List<Mention> sorted, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (Mention m : sorted) {
            if (taken.stream().anyMatch(t -> t.start() <= m.span().start() && m.span().end() <= t.end())) {
                continue;
            }
            int e = m.span().end();
            boolean plain = m.role() == null && m.details().isEmpty();
            if (plain && e + 2 < tokens.size() && tokens.get(e).word().equals("(")
                    && tokens.get(e + 2).word().equals(")")
                    && of(words(tokens, m.span()), tokens.get(e + 1).word())) {
                Span grown = new Span(m.span().start(), e + 3);
                taken.add(grown);
                out.add(new Mention(grown, null, m.negated(), List.of()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** True when {@code acronym} is made of the first letters of the phrase's words (or of its longer words). */
    static boolean of(String phrase, String acronym) {
        String letters = acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
        if (letters.length() < 2 || !letters.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder longer = new StringBuilder();
        for (String w : phrase.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                all.append(Character.toUpperCase(w.charAt(0)));
                if (w.length() > 3) {
                    longer.append(Character.toUpperCase(w.charAt(0)));
                }
            }
        }
        return letters.contentEquals(all) || letters.contentEquals(longer);
    }

    private static String words(List<Token> tokens, Span s) {
        StringBuilder b = new StringBuilder();
        for (int i = s.start(); i < s.end(); i++) {
            b.append(i > s.start() ? " " : "").append(tokens.get(i).word());
        }
        return b.toString();
    }
}
