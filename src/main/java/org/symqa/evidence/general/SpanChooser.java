package org.symqa.evidence.general;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Decides which spans of a sentence can answer a question (they say something the question does not, and hold
 * what the type needs) and, when no rewrite matched, picks the best span of the type's shape: the one that holds
 * the focus head or stands nearest the question's words.
 */
final class SpanChooser {
    private final SpanShapes shapes;
    private final AnyOf locative;

    SpanChooser(SpanShapes shapes, GeneralSettings settings) {
        this.shapes = shapes;
        this.locative = settings.shapes().locative();
    }

    /** The best span of the type's shape in the sentence, or null. */
    Span best(Question q, SentenceView v) {
        AnswerShape shape = q.type().shape();
        Span best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Span> before = locative.find(v);
        for (Span s : shapes.all(shape, v)) {
            if (!answers(q, v, s) || shape == AnswerShape.NUMBER && !countable(q, v, s)) {
                continue;
            }
            Span trimmed = shape == AnswerShape.NAME ? afterHead(q, v, s) : s;
            double score = closeness(q, v, trimmed) + (shape == AnswerShape.NAME && holdsHead(q, v, s) ? 1 : 0)
                    - own(q, v, trimmed) * (shape == AnswerShape.NAME ? 0.5 : 1)
                    - (SpanShapes.inParentheses(v, s) ? 1 : 0) + (named(v, trimmed) ? 0.5 : 0)
                    + (shape == AnswerShape.PLACE && before.stream().anyMatch(b -> b.end() == s.start()) ? 1 : 0);
            if (score > bestScore) {
                best = trimmed;
                bestScore = score;
            }
        }
        return best;
    }

    /** True when the span holds more words the question lacks than words it has, and what the type needs. */
    boolean answers(Question q, SentenceView v, Span s) {
        AnyOf needs = q.type().needs();
        if (needs != null && needs.find(v).stream().noneMatch(n -> n.start() >= s.start() && n.end() <= s.end())) {
            return false;
        }
        int own = own(q, v, s);
        int other = 0;
        int naming = 0;
        for (int i = s.start(); i < s.end(); i++) {
            Token t = v.tokens().get(i);
            other += word(t) ? 1 : 0;
            naming += word(t) && !t.pos().equals("CD") ? 1 : 0;
        }
        other -= own;
        naming -= own;
        boolean names = q.type().shape() != AnswerShape.NAME || naming > 0;
        return other > 0 && names && (other >= own || holdsHead(q, v, s));
    }

    /** How many words of the span the question has. */
    private static int own(Question q, SentenceView v, Span s) {
        Set<String> keys = q.keys();
        Set<String> words = new HashSet<>();
        q.view().tokens().forEach(t -> words.add(t.word().toLowerCase(Locale.ROOT)));
        int own = 0;
        for (int i = s.start(); i < s.end(); i++) {
            Token t = v.tokens().get(i);
            if (word(t) && (keys.contains(Question.key(t)) || words.contains(t.word().toLowerCase(Locale.ROOT)))) {
                own++;
            }
        }
        return own;
    }

    /** True when the span holds a name: a word with a capital inside the sentence, or letters and digits mixed. */
    private static boolean named(SentenceView v, Span s) {
        for (int i = Math.max(1, s.start()); i < s.end(); i++) {
            String w = v.tokens().get(i).word();
            if (w.chars().anyMatch(Character::isUpperCase) || w.chars().anyMatch(Character::isDigit)
                    && w.chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(Token t) {
        return t.word().chars().anyMatch(Character::isLetterOrDigit) && !t.pos().matches("DT|IN|CC|TO");
    }

    private static boolean holdsHead(Question q, SentenceView v, Span s) {
        String head = q.headLemma();
        for (int i = s.start(); head != null && i < s.end(); i++) {
            if (Question.key(v.tokens().get(i)).equals(head) || WordForms.matches(v.tokens().get(i), head)) {
                return true;
            }
        }
        return false;
    }

    /** A number answers "how many X" when a unit grew onto it or the noun it counts (if any) is the question's. */
    private static boolean countable(Question q, SentenceView v, Span s) {
        List<Token> t = v.tokens();
        Token last = t.get(s.end() - 1);
        if (s.end() - s.start() > 1 && !last.pos().equals("CD") || last.word().contains("%")) {
            return true;
        }
        for (int i = s.end(); i < t.size() && i < s.end() + 5; i++) {
            Token k = t.get(i);
            if (k.pos().startsWith("NN")) {
                Set<String> focus = q.focusKeys();
                return focus.contains(Question.key(k)) || focus.stream().anyMatch(f -> WordForms.matches(k, f));
            }
            if (!k.pos().matches("JJ.?|IN|CC|CD|VBN|HYPH")) {
                return true;
            }
        }
        return true;
    }

    /** "a self-developed open source software Waveman": the name after the focus head, when one follows it. */
    private static Span afterHead(Question q, SentenceView v, Span s) {
        String head = q.headLemma();
        for (int i = s.end() - 2; head != null && i >= s.start(); i--) {
            Token t = v.tokens().get(i);
            if (Question.key(t).equals(head) || WordForms.matches(t, head)) {
                boolean names = true;
                for (int k = i + 1; k < s.end(); k++) {
                    names &= v.tokens().get(k).pos().startsWith("NNP") || v.tokens().get(k).pos().equals("CD");
                }
                return names ? new Span(i + 1, s.end()) : s;
            }
        }
        return s;
    }

    /** How near the span stands to the question's words in the sentence (1 / distance in words). */
    private static double closeness(Question q, SentenceView v, Span s) {
        Set<String> keys = q.keys();
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < v.tokens().size(); i++) {
            if (keys.contains(Question.key(v.tokens().get(i))) && (i < s.start() || i >= s.end())) {
                best = Math.min(best, i < s.start() ? s.start() - i : i - s.end() + 1);
            }
        }
        return best == Integer.MAX_VALUE ? 0 : 1.0 / best;
    }
}
