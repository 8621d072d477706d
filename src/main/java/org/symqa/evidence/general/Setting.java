package org.symqa.evidence.general;

import java.util.Map;
import org.symqa.rules.SentenceView;
import org.symqa.rules.Span;

/**
 * A question as set against one context: the analysed question, the weight of each of its words (BM25's idf over
 * the context's sentences, the focus head of a name or place question lowered), and the context's abbreviations.
 */
record Setting(Question question, Map<String, Double> weights, Abbreviations abbreviations) {
    Setting {
        weights = Map.copyOf(weights);
    }

    /** The weighted share of the question's words that tokens {@code within} of the sentence hold. */
    double coverage(SentenceView v, Span within) {
        return Coverage.of(question.keys(), v, within, weights, abbreviations);
    }
}
