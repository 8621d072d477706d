package org.symqa.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares an answer span with gold spans as SQuAD does: lower case, punctuation and articles dropped, then exact
 * match and token F1 (the best over the gold alternatives).
 */
public final class SpanMatch {
    private static final Pattern PUNCT = Pattern.compile("\\p{Punct}|[\u2018\u2019\u201c\u201d\u2013\u2014]");
    private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");

    private SpanMatch() {
    }

    /** The normalized tokens of a span. */
    public static List<String> tokens(String span) {
        String s = span.toLowerCase(Locale.ROOT);
        s = PUNCT.matcher(s).replaceAll("");
        s = ARTICLES.matcher(s).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String t : s.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** True when the span equals one of the gold spans after normalizing. */
    public static boolean exact(String span, List<String> gold) {
        List<String> p = tokens(span);
        return gold.stream().anyMatch(g -> tokens(g).equals(p));
    }

    /** The best token F1 of the span against the gold spans (0 without gold). */
    public static double f1(String span, List<String> gold) {
        double best = 0;
        for (String g : gold) {
            best = Math.max(best, f1(tokens(span), tokens(g)));
        }
        return best;
    }

    private static double f1(List<String> p, List<String> g) {
        if (p.isEmpty() || g.isEmpty()) {
            return p.equals(g) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        g.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : p) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                common++;
                counts.put(t, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / p.size();
        double recall = (double) common / g.size();
        return 2 * precision * recall / (precision + recall);
    }
}
