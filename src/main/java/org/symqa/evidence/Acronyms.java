package org.symqa.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.symqa.nlp.Token;
import org.symqa.rules.Mention;
import org.symqa.rules.Span;

/**
 * Joins a fact and the acronym the context gives it in brackets, so that "mean absolute error (MAE)" is one fact, not
 * "mean absolute error" and "MAE": a mention followed by "(", an acronym of its words and ")" grows over them, and a
 * mention of the same frame role (or none) inside those brackets goes, its roles joining the grown one's.
 *
 * <p>An acronym is two or more capital letters, with a final plural "s" allowed ("CNNs"); it belongs to a phrase when
 * its letters are the first letters of the phrase's words (split at spaces and hyphens), or of its words longer than
 * three letters ("area under the curve", AUC).
 */
final class Acronyms {
    private Acronyms() {
    }

    /** The mentions, sorted by start, each grown over its bracketed acronym and the mention inside it dropped. */
    static List<Mention> joined(List<Mention> sorted, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : sorted) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.span().start() <= m.span().start() && m.span().end() <= last.span().end()
                    && last.span().end() - last.span().start() > m.span().end() - m.span().start()
                    && Objects.equals(last.role(), m.role())) {
                out.set(out.size() - 1, new Mention(last.span(), last.role(), last.negated(),
                        details(last.details(), m.details()))); // the acronym inside: its roles join
                continue;
            }
            int e = m.span().end();
            if (e + 2 < tokens.size() && tokens.get(e).word().equals("(") && tokens.get(e + 2).word().equals(")")
                    && of(words(tokens, m.span()), tokens.get(e + 1).word())) {
                out.add(new Mention(new Span(m.span().start(), e + 3), m.role(), m.negated(), m.details()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The details of both, a role of the second only when the first has none of it. */
    private static List<Mention> details(List<Mention> first, List<Mention> second) {
        List<Mention> out = new ArrayList<>(first);
        for (Mention d : second) {
            if (out.stream().noneMatch(x -> Objects.equals(x.role(), d.role()))) {
                out.add(d);
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
