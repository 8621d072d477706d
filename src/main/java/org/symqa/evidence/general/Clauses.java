package org.symqa.evidence.general;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * The rest of a clause from a token, as the answer to a definition or reason: it ends at a semicolon, at a closing
 * parenthesis it did not open, at a comma before a scope break ("..., while ...") or after an apposition's opening
 * comma, and before a parenthesis that holds a citation.
 */
final class Clauses {
    private final AnyOf breaks;
    private final AnyOf citation;

    /** @param breaks words that end a clause after a comma; @param citation what marks a citation */
    Clauses(AnyOf breaks, AnyOf citation) {
        this.breaks = breaks;
        this.citation = citation;
    }

    /** The clause from token p: to a semicolon, a comma before a scope break (or any comma after an apposition's). */
    Span from(SentenceView v, int p, boolean afterComma) {
        List<Token> t = v.tokens();
        if (p >= t.size()) {
            return null;
        }
        Set<Integer> breakAt = new HashSet<>();
        breaks.find(v).forEach(s -> breakAt.add(s.start()));
        int depth = 0;
        int end = p;
        while (end < t.size()) {
            String w = t.get(end).word();
            if (w.equals(";") || w.equals(")") && depth == 0) {
                break;
            }
            if (w.equals(",") && depth == 0 && (afterComma || breakAt.contains(end + 1))
                    || w.equals("(") && depth == 0 && end > p && citation(v, end)) {
                break;
            }
            depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            end++;
        }
        while (end > p && (".".equals(t.get(end - 1).word()) || ",".equals(t.get(end - 1).word()))) {
            end--;
        }
        return end > p ? new Span(p, end) : null;
    }

    /** True when the parenthesis opening at {@code open} holds a citation (a year, or "et al."). */
    private boolean citation(SentenceView v, int open) {
        int close = open + 1;
        while (close < v.tokens().size() && !v.tokens().get(close).word().equals(")")) {
            close++;
        }
        int end = close;
        return citation.find(v).stream().anyMatch(c -> c.start() > open && c.end() <= end);
    }
}
