package org.symqa.evidence.general;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.symqa.nlp.Token;
import org.symqa.rules.AnyOf;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * The noun phrases of a sentence, read off its part-of-speech tags: an optional determiner, modifiers (participles
 * only after a determiner and before the first noun), and a noun, number or capitalised word at the end; a short parenthetical right after one belongs to it ("the Geriatric
 * Depression Scale (GDS-15)"), and phrases joined by commas and "and"/"or" also make one list ("GBIF and OBIS").
 */
final class NounPhrases {
    private static final Pattern NP_TAG = Pattern.compile("JJ[RS]?|NNP?S?|CD|FW|HYPH|POS|VBN|VBG|SYM");
    private static final int MAX_PARENTHETICAL = 6;

    private final AnyOf listJoin;

    /** @param listJoin the words that join the phrases of a list (a comma, "and", "or") */
    NounPhrases(AnyOf listJoin) {
        this.listJoin = listJoin;
    }

    /** Noun phrases (a short parenthetical after one belongs to it) and lists of them ("A, B and C"). */
    List<Span> of(SentenceView v) {
        List<Token> t = v.tokens();
        List<Span> phrases = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int start = i;
            if (t.get(i).pos().equals("DT") || t.get(i).pos().equals("PRP$")) {
                i++;
            } else if (t.get(i).pos().startsWith("VB")) {
                i++;
                continue;
            }
            int end = i;
            boolean noun = false;
            while (end < t.size() && NP_TAG.matcher(t.get(end).pos()).matches()
                    && !(noun && t.get(end).pos().startsWith("VB"))) {
                noun |= t.get(end).pos().startsWith("NN");
                end++;
            }
            while (end > i && !nounLike(t, end - 1)) {
                end--;
            }
            if (end == i) {
                i = Math.max(i, start + 1);
                continue;
            }
            end = parenthetical(t, end);
            phrases.add(new Span(start, end));
            i = end;
        }
        boolean[] joins = new boolean[t.size()];
        for (Span j : listJoin.find(v)) {
            for (int k = j.start(); k < j.end(); k++) {
                joins[k] = true;
            }
        }
        List<Span> out = new ArrayList<>(phrases);
        for (int a = 0; a < phrases.size(); a++) {
            int b = a;
            while (b + 1 < phrases.size() && joined(joins, phrases.get(b).end(), phrases.get(b + 1).start())) {
                b++;
            }
            if (b > a) {
                out.add(new Span(phrases.get(a).start(), phrases.get(b).end()));
            }
        }
        out.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return SpanShapes.distinct(out);
    }

    /** A noun, number or foreign word, or a capitalised word inside a sentence ("Prolific" tagged as adjective). */
    private static boolean nounLike(List<Token> t, int i) {
        String pos = t.get(i).pos();
        return pos.startsWith("NN") || pos.equals("CD") || pos.equals("FW")
                || i > 0 && pos.startsWith("JJ") && SpanShapes.CAPITAL.matcher(t.get(i).word()).matches();
    }

    /** True when one or two joining words, and nothing else, stand between two phrases. */
    private static boolean joined(boolean[] joins, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!joins[k]) {
                return false;
            }
        }
        return true;
    }

    private static int parenthetical(List<Token> t, int end) {
        if (end < t.size() && t.get(end).word().equals("(")) {
            for (int k = end + 1; k < t.size() && k <= end + MAX_PARENTHETICAL; k++) {
                if (t.get(k).word().equals(")")) {
                    return k + 1;
                }
            }
        }
        return end;
    }
}
