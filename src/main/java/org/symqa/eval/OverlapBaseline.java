package org.symqa.eval;

import java.util.List;
import java.util.Set;
import org.symqa.evidence.Verdict;

/**
 * The word-overlap sentence picker, a baseline for general questions: it answers with the one context sentence that
 * holds the largest share of the question's content words (the scorer's words and stop list), when that share is at
 * least a threshold; otherwise it says the context does not answer. Its answer and its span are that sentence.
 */
public final class OverlapBaseline {
    private final ScoreWords words;
    private final double threshold;

    /** @param threshold the least share of the question's content words the picked sentence must hold */
    public OverlapBaseline(ScoreWords words, double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("baseline threshold must lie in [0, 1]");
        }
        this.words = words;
        this.threshold = threshold;
    }

    /** The baseline's prediction for a question over the context's sentences (first sentence wins ties). */
    public Prediction predict(String id, String question, List<String> sentences) {
        Set<String> asked = words.content(question);
        String best = null;
        double bestShare = -1;
        for (String s : sentences) {
            Set<String> have = Set.copyOf(words.tokens(s));
            double share = asked.isEmpty() ? 0 : (double) asked.stream().filter(have::contains).count() / asked.size();
            if (share > bestShare) {
                best = s;
                bestShare = share;
            }
        }
        if (best == null || bestShare < threshold || asked.isEmpty()) {
            return new Prediction(id, Verdict.NO_INFORMATION, "I don't know.", List.of(), List.of(), null);
        }
        return new Prediction(id, Verdict.ANSWERED, best, List.of(best), List.of(), best);
    }
}
