package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Reads the reply a sentence gives to a yes/no question. The sentence is cut into clauses at scope breaks; the
 * clause holding most of the question's words decides: a hedge in it leaves the question open, a negation whose
 * scope (to the next comma or the clause's end) holds a question word, or a word of the opposite direction ("decreased" for "did it
 * increase"), says no; otherwise yes.
 */
final class PolarReader {
    private final GeneralSettings.Cues cues;

    /**
     * What a sentence says to a yes/no question.
     *
     * @param polarity yes, no or unsettled
     * @param clause   the deciding clause
     * @param cue      the words that decided: the hedge or negation, or the clause's question words for yes
     * @param coverage the share of the question's words (weighted) that the clause holds
     * @param negation true when the cue is a negation (not a hedge, an opposite direction or matched words)
     */
    record Reply(Polarity polarity, Span clause, Span cue, double coverage, boolean negation) {
    }

    PolarReader(GeneralSettings settings) {
        this.cues = settings.cues();
    }

    Reply read(Setting setting, SentenceView v) {
        Question q = setting.question();
        List<Span> clauses = clauses(v);
        Span best = null;
        double bestCover = -1;
        for (Span c : clauses) {
            double cover = setting.coverage(v, c);
            if (cover > bestCover) {
                best = c;
                bestCover = cover;
            }
        }
        Span clause = best;
        Span hedge = first(cues.hedge(), v, clause);
        if (hedge != null) {
            return new Reply(Polarity.UNSETTLED, clause, hedge, bestCover, false);
        }
        boolean askedNegated = first(cues.negation(), q.view(), new Span(0, q.view().tokens().size())) != null;
        Span negation = negation(q, v, clause);
        if (negation == null) {
            negation = first(cues.negationAfter(), v, clause);
        }
        Span against = negation == null ? opposite(q, v, clause) : null;
        if (negation != null || against != null) {
            return new Reply(askedNegated ? Polarity.YES : Polarity.NO, clause, negation != null ? negation : against,
                    bestCover, negation != null);
        }
        return new Reply(askedNegated ? Polarity.NO : Polarity.YES, clause, matched(q, v, clause), bestCover, false);
    }

    /** The sentence cut at scope breaks into clauses (a sentence without breaks is one clause). */
    private List<Span> clauses(SentenceView v) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        List<Span> breaks = new ArrayList<>(cues.scopeBreak().find(v));
        breaks.sort(java.util.Comparator.comparingInt(Span::start));
        for (Span b : breaks) {
            if (b.start() > start) {
                out.add(new Span(start, b.start()));
            }
            start = Math.max(start, b.end());
        }
        if (start < v.tokens().size()) {
            out.add(new Span(start, v.tokens().size()));
        }
        if (out.isEmpty()) {
            out.add(new Span(0, v.tokens().size()));
        }
        return out;
    }

    /** The first negation cue in the clause whose scope (to the next comma or the clause's end) holds a question word. */
    private Span negation(Question q, SentenceView v, Span clause) {
        Set<String> keys = q.keys();
        for (Span n : cues.negation().find(v)) {
            if (n.start() < clause.start() || n.end() > clause.end()) {
                continue;
            }
            for (int i = n.end(); i < clause.end() && !v.tokens().get(i).word().equals(","); i++) {
                if (keys.contains(Question.key(v.tokens().get(i)))) {
                    return new Span(n.start(), i + 1);
                }
            }
        }
        return null;
    }

    /** A word of one direction in the clause where the question has only the other. */
    private Span opposite(Question q, SentenceView v, Span clause) {
        Span all = new Span(0, q.view().tokens().size());
        boolean up = first(cues.up(), q.view(), all) != null;
        boolean down = first(cues.down(), q.view(), all) != null;
        if (up == down) {
            return null;
        }
        AnyOf same = up ? cues.up() : cues.down();
        AnyOf other = up ? cues.down() : cues.up();
        Span against = first(other, v, clause);
        return against != null && first(same, v, clause) == null ? against : null;
    }

    private static Span matched(Question q, SentenceView v, Span clause) {
        int from = -1;
        int to = -1;
        for (int i = clause.start(); i < clause.end(); i++) {
            Token t = v.tokens().get(i);
            if (q.keys().contains(Question.key(t))) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        return from < 0 ? clause : new Span(from, to);
    }

    private static Span first(AnyOf items, SentenceView v, Span within) {
        Span out = null;
        for (Span s : items.find(v)) {
            if (s.start() >= within.start() && s.end() <= within.end() && (out == null || s.start() < out.start())) {
                out = s;
            }
        }
        return out;
    }
}
