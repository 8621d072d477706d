package org.symqa.evidence.general;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.symqa.nlp.Token;
import org.symqa.nlp.WordForms;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * The share of a question's content words that a sentence (or part of one) holds, each weighted by its inverse
 * document frequency over the context's sentences (BM25's idf), so that a rare question word the sentence lacks
 * costs more than a common one.
 */
final class Coverage {
    private Coverage() {
    }

    /** BM25's idf of each key over the sentences. */
    static Map<String, Double> weights(Set<String> keys, List<SentenceView> sentences, Abbreviations abbreviations) {
        Map<String, Double> out = new HashMap<>();
        int n = sentences.size();
        for (String k : keys) {
            int df = 0;
            for (SentenceView s : sentences) {
                if (abbreviations.holds(s, new Span(0, s.tokens().size()), k)) {
                    df++;
                }
            }
            out.put(k, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
        }
        return out;
    }

    /** The weighted share of the keys that tokens {@code within} of the sentence hold. */
    static double of(Set<String> keys, SentenceView v, Span within, Map<String, Double> weights,
                     Abbreviations abbreviations) {
        double all = 0;
        double held = 0;
        for (String k : keys) {
            double w = weights.getOrDefault(k, 1.0);
            all += w;
            if (abbreviations.holds(v, within, k)) {
                held += w;
            }
        }
        return all == 0 ? 0 : held / all;
    }

    /** True when a token within the span stands for the key (lemma, word, a regular form, or the same stem). */
    static boolean holds(SentenceView v, Span within, String key) {
        String stem = Stems.of(key);
        for (int i = within.start(); i < within.end(); i++) {
            Token t = v.tokens().get(i);
            if (Question.key(t).equals(key) || WordForms.matches(t, key) || stem.length() > 3
                    && Stems.of(t.word()).equals(stem)) {
                return true;
            }
        }
        return false;
    }
}
