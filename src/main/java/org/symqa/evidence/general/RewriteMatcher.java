package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Matches a question type's rewrites against a sentence. Of all matches, the one whose focus holds most of the
 * question's focus words wins, then the rewrite first in file order, then the match that skips fewest words, then
 * the leftmost. Without a match the best span of the type's shape is taken ({@link SpanChooser}).
 */
final class RewriteMatcher {
    private final SpanShapes shapes;
    private final SpanChooser chooser;
    private final int gap;

    /** An answer span and the rewrite that found it (null when the shape alone did). */
    record Found(Span span, Rewrite rewrite) {
    }

    /** A match in progress: the answer span so far, the words skipped and the focus words matched. */
    private record Match(Span answer, int skipped, int focus) {
        Match with(Span a) {
            return new Match(a, skipped, focus);
        }

        /** True when this match beats the other (null: none yet). */
        boolean beats(Match other) {
            return other == null || focus > other.focus || focus == other.focus && skipped < other.skipped;
        }
    }

    RewriteMatcher(SpanShapes shapes, SpanChooser chooser, int gap) {
        this.shapes = shapes;
        this.chooser = chooser;
        this.gap = gap;
    }

    /** The answer span a rewrite finds, or else the best span of the shape, or null. */
    Found find(Question q, SentenceView v) {
        Match best = null;
        Rewrite from = null;
        for (Rewrite r : q.type().rewrites()) {
            for (int p = 0; p < v.tokens().size(); p++) {
                Match m = step(r.slots(), 0, p, q, v, new Match(null, 0, 0), false);
                if (m != null && m.beats(best)) {
                    best = m;
                    from = r;
                }
            }
        }
        if (best != null) {
            return new Found(best.answer(), from);
        }
        Span s = chooser.best(q, v);
        return s == null ? null : new Found(s, null);
    }

    /** Matches slots from {@code k} at token {@code p}; the best completion, or null. */
    private Match step(List<Slot> slots, int k, int p, Question q, SentenceView v, Match m, boolean afterComma) {
        if (k == slots.size()) {
            return m;
        }
        List<Token> t = v.tokens();
        Slot slot = slots.get(k);
        if (slot instanceof Slot.Gap) {
            for (int g = 0; g <= gap && p + g <= t.size(); g++) {
                Match r = step(slots, k + 1, p + g, q, v, new Match(m.answer(), m.skipped() + g, m.focus()), false);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if (p >= t.size()) {
            return null;
        }
        if (slot instanceof Slot.Focus) {
            int end = focusEnd(q, t, p);
            if (end < 0) {
                return null;
            }
            int held = 0;
            for (int i = p; i < end; i++) {
                held += isFocus(t.get(i), q.focusKeys()) ? 1 : 0;
            }
            return step(slots, k + 1, end, q, v, new Match(m.answer(), m.skipped(), m.focus() + held), false);
        }
        if (slot instanceof Slot.Verb) {
            String verb = q.verbLemma();
            if (verb == null || !(Question.key(t.get(p)).equals(verb) || WordForms.matches(t.get(p), verb))) {
                return null;
            }
            return step(slots, k + 1, p + 1, q, v, m, false);
        }
        if (slot instanceof Slot.Words w) {
            List<Span> here = new ArrayList<>();
            for (Span s : w.items().find(v)) {
                if (s.start() == p) {
                    here.add(s);
                }
            }
            here.sort((a, b) -> Integer.compare(b.end(), a.end()));
            for (Span h : here) {
                boolean comma = h.end() == h.start() + 1 && t.get(h.start()).word().equals(",");
                Match r = step(slots, k + 1, h.end(), q, v, m, comma);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if (k == 0) {
            for (Span a : shapes.all(q.type().shape(), v)) {
                if (a.start() == p && chooser.answers(q, v, a)) {
                    Match r = step(slots, k + 1, a.end(), q, v, m.with(a), false);
                    if (r != null) {
                        return r.with(extendOverFocus(q, v, r.answer()));
                    }
                }
            }
            return null;
        }
        Span a = shapes.at(q.type().shape(), v, p, afterComma);
        if (a == null || !chooser.answers(q, v, a)) {
            return null;
        }
        return step(slots, k + 1, a.end(), q, v, m.with(a), false);
    }

    /**
     * The end of the question's focus at token p: a run of focus words, with function words between them, that
     * holds the focus head; -1 when there is none.
     */
    private static int focusEnd(Question q, List<Token> t, int p) {
        Set<String> focus = q.focusKeys();
        if (!isFocus(t.get(p), focus)) {
            return -1;
        }
        String head = q.headLemma();
        int end = p;
        int last = -1;
        while (end < t.size()) {
            if (isFocus(t.get(end), focus)) {
                last = end;
            } else if (!t.get(end).pos().matches("DT|IN|PRP\\$|POS|JJ.?|RB.?|VBN|VBG") || end - last > 2) {
                break;
            }
            end++;
        }
        boolean hasHead = head == null;
        for (int i = p; i <= last; i++) {
            hasHead |= Question.key(t.get(i)).equals(head) || WordForms.matches(t.get(i), head);
        }
        return hasHead ? last + 1 : -1;
    }

    private static boolean isFocus(Token t, Set<String> focus) {
        return focus.contains(Question.key(t)) || focus.stream().anyMatch(f -> WordForms.matches(t, f));
    }

    /** "412 residents": a number answer before the focus takes in the focus when only modifiers stand between. */
    private static Span extendOverFocus(Question q, SentenceView v, Span answer) {
        if (q.type().shape() != AnswerShape.NUMBER) {
            return answer;
        }
        List<Token> t = v.tokens();
        Set<String> focus = q.focusKeys();
        for (int end = answer.end(); end < t.size() && end < answer.end() + 4; end++) {
            if (isFocus(t.get(end), focus)) {
                int stop = end + 1;
                while (stop < t.size() && isFocus(t.get(stop), focus)) {
                    stop++;
                }
                return new Span(answer.start(), stop);
            }
            if (!t.get(end).pos().matches("JJ.?|NNP?S?|VBN|HYPH")) {
                break;
            }
        }
        return answer;
    }
}
