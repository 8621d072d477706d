package org.symqa.topic;

import java.util.List;
import java.util.Set;
import org.symqa.lexicon.TermHit;
import org.symqa.nlp.Token;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * Where a question's examples stand ("(e.g., SGD, Adam)", "for example grid search or Optuna"), so that topic words
 * inside them count less than words of the question itself.
 *
 * <p>The examples start at the first example marker ({@code lexicons/example-markers.txt}). They end at the bracket
 * that closes one opened just before the marker; else at a comma followed by a word whose tag is one of
 * {@code endTags} (the question goes on: "..., grid search or Optuna, used to choose the settings?"); else at the end
 * of the question.
 *
 * @param from the first token of the examples ({@code to} when there are none)
 * @param to   the token after the examples
 */
record Examples(int from, int to) {
    static final String MARKERS = "example-markers";

    Examples {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad examples span " + from + ".." + to);
        }
    }

    /** The examples of the question; {@code endTags} are the tags of a word that ends them after a comma. */
    static Examples of(SentenceView q, Set<String> endTags) {
        List<Token> tokens = q.tokens();
        int n = tokens.size();
        int from = n;
        int markerEnd = n;
        for (TermHit h : q.hits(MARKERS)) {
            if (h.start() < from) {
                from = h.start();
                markerEnd = h.end();
            }
        }
        if (from == n) {
            return new Examples(n, n);
        }
        boolean bracket = from > 0 && "(".equals(tokens.get(from - 1).word());
        for (int i = markerEnd; i < n; i++) {
            String w = tokens.get(i).word();
            if (bracket && ")".equals(w)) {
                return new Examples(from, i + 1);
            }
            if (!bracket && ",".equals(w) && i + 1 < n && endTags.contains(tokens.get(i + 1).pos())) {
                return new Examples(from, i + 1);
            }
        }
        return new Examples(from, n);
    }

    /** True when the span starts outside the examples (in the question itself). */
    boolean outside(Span s) {
        return s.start() < from || s.start() >= to;
    }
}
