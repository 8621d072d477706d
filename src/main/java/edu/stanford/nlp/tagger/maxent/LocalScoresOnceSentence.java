package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.util.Pair;
import java.util.Arrays;
import java.util.List;

/**
 * CoreNLP's sentence tagger with the scores of a position's word features worked out once per position, as the
 * tagger meant to, instead of at every step of the tag search. The tags it gives are those of {@link TestSentence}
 * bit for bit. Not thread-safe; one per sentence, as {@code MaxentTagger.tagSentence} makes them.
 *
 * <p>What it mends: {@code TestSentence.getHistories} caches the scores of the "local" features (those of the current
 * word alone) per word, but with exact scoring it recomputes them whenever the cached array's length (the number
 * of tags) differs from the number of tags the word may take, which is nearly always; and it needs them only the
 * first time it meets a position, to add them into that position's word-context scores, which it does cache. A
 * third of symqa's tagging time went to that recomputation (JFR, silver-dev batch). This class computes the local
 * scores only when it computes a position's context scores, and otherwise runs the same sums in the same order, so
 * every score is the same double. It also returns one reused array for the scores of each step instead of a new one
 * (a fifth of the bytes a batch allocated): TestSentence reads the array before it asks for the next step.
 *
 * <p>Why it sits in CoreNLP's package: {@code getHistories(String[], History)} is protected and the fields and
 * methods it needs ({@code MaxentTagger.extractors}, {@code fAssociations}, {@code ySize}, {@code isRare},
 * {@code getLambdaSolve}, {@code Extractors.local}) are package-private. symqa runs on the class path (no modules),
 * where a package may span two jars; the CoreNLP jar is not sealed. With approximate scoring or verbose output
 * (neither is used by symqa's model) it leaves everything to {@link TestSentence}.
 */
public final class LocalScoresOnceSentence extends TestSentence {
    /** The tag indexes of the step being scored ({@link #scoresOf}), or null outside one. */
    private int[] stepTags;
    private int stepPos;
    private final TagPairFeatures tagPairs;
    private double[][] contextScores;
    /** The array {@link #getHistories} returns, reused: TestSentence's callers read it before they call again. */
    private double[] total;
    /** The search history of {@link #scoresOf} (TestSentence keeps its own private). */
    private final History history;
    /** Per position of the search, the tag indexes it may take; filled on first use. */
    private int[][] possibleTags;
    private boolean used;

    /** A sentence tagger for the model. */
    public LocalScoresOnceSentence(MaxentTagger tagger) {
        super(tagger);
        this.tagPairs = TagPairFeatures.of(tagger, leftWindow());
        this.history = new History(pairs, tagger.extractors);
    }

    /**
     * Scores a step of the tag search as {@code TestSentence.scoresOf} does, with the tag indexes of each position
     * looked up once ({@link #getPossibleValues}) instead of by name for every tag of every step (over a third of the
     * tagging time went to those lookups; JFR under JMH), and noting the step's tags for {@link #getHistories}.
     */
    @Override
    public double[] scoresOf(int[] tags, int pos) {
        if (VERBOSE || maxentTagger.hasApproximateScoring()) {
            return super.scoresOf(tags, pos);
        }
        stepTags = tags;
        stepPos = pos;
        try {
            // TestSentence's history for one sentence: endSizePairs is size while it is tagged (see tagSentence)
            history.init(0, size - 1, pos - leftWindow());
            int left = leftWindow();
            int start = Math.max(pos - left, left);
            int end = Math.min(pos + rightWindow(), size + left - 1);
            for (int j = start; j <= end; j++) {
                history.setTag(j - left, maxentTagger.tags.getTag(tags[j]));
            }
            double[] histories = getHistories(null, history);
            ArrayMath.logNormalize(histories);
            int[] possible = possible(pos);
            double[] scores = new double[possible.length];
            for (int j = 0; j < possible.length; j++) {
                scores[j] = histories[possible[j]];
            }
            return scores;
        } finally {
            stepTags = null;
        }
    }

    /** The tag indexes position {@code pos} may take, as TestSentence works them out; kept per position. */
    private int[] possible(int pos) {
        int[] known = possibleTags[pos];
        if (known == null) {
            known = super.getPossibleValues(pos);
            possibleTags[pos] = known;
        }
        return known;
    }

    @Override
    public int[] getPossibleValues(int pos) {
        return possible(pos).clone();
    }

    /** Tags one sentence; an instance tags only one (its search history assumes a fresh scorer). */
    @Override
    public java.util.ArrayList<edu.stanford.nlp.ling.TaggedWord> tagSentence(
            List<? extends edu.stanford.nlp.ling.HasWord> s, boolean reuseTags) {
        if (used) {
            throw new IllegalStateException("a LocalScoresOnceSentence tags one sentence");
        }
        used = true;
        return super.tagSentence(s, reuseTags);
    }

    @Override
    protected void init() {
        super.init();
        contextScores = new double[size][];
        possibleTags = new int[size + leftWindow() + rightWindow()][];
    }

    @Override
    protected double[] getHistories(String[] tags, History h) {
        if (VERBOSE || maxentTagger.hasApproximateScoring()) {
            return super.getHistories(tags, h);
        }
        boolean rare = maxentTagger.isRare(ExtractorFrames.cWord.extract(h));
        Extractors ex = maxentTagger.extractors;
        Extractors exR = maxentTagger.extractorsRare;
        double[] context = contextScores[h.current];
        if (context == null) {
            double[] local = scores(h, ex.local, rare ? exR.local : null);
            context = scores(h, ex.localContext, rare ? exR.localContext : null);
            contextScores[h.current] = context;
            ArrayMath.pairwiseAddInPlace(context, local);
        }
        if (total == null) {
            total = new double[maxentTagger.ySize];
        } else {
            Arrays.fill(total, 0.0);
        }
        if (stepTags == null) {
            add(h, ex.dynamic, rare ? exR.dynamic : null, total);
        } else {
            addDynamic(h, ex.dynamic, total);
            if (rare) {
                add(h, List.of(), exR.dynamic, total);
            }
        }
        ArrayMath.pairwiseAddInPlace(total, context);
        return total;
    }

    /** {@code TestSentence.getExactHistories}: the unnormalised log score of each tag under the extractors. */
    private double[] scores(History h, List<Pair<Integer, Extractor>> extractors,
                            List<Pair<Integer, Extractor>> extractorsRare) {
        return add(h, extractors, extractorsRare, new double[maxentTagger.ySize]);
    }

    /** Adds the extractors' feature weights to {@code scores} (zero at first), extractor by extractor. */
    private double[] add(History h, List<Pair<Integer, Extractor>> extractors,
                         List<Pair<Integer, Extractor>> extractorsRare, double[] scores) {
        double[] lambda = maxentTagger.getLambdaSolve().lambda;
        for (Pair<Integer, Extractor> e : extractors) {
            add(e.first(), e.second(), h, scores, lambda);
        }
        if (extractorsRare != null) {
            int common = maxentTagger.extractors.size();
            for (Pair<Integer, Extractor> e : extractorsRare) {
                add(common + e.first(), e.second(), h, scores, lambda);
            }
        }
        return scores;
    }

    /**
     * {@link #add} for the common dynamic extractors, each feature's weights found by the tags at -2 and -1 where the
     * extractor reads nothing else ({@link TagPairFeatures}): the same weights, added in the same order.
     */
    private void addDynamic(History h, List<Pair<Integer, Extractor>> extractors, double[] scores) {
        double[] lambda = maxentTagger.getLambdaSolve().lambda;
        int pair = tagPairs.pair(stepTags, stepPos);
        for (int e = 0; e < extractors.size(); e++) {
            Pair<Integer, Extractor> x = extractors.get(e);
            if (pair < 0 || !tagPairs.cached(e)) {
                add(x.first(), x.second(), h, scores, lambda);
            } else {
                double[] w = tagPairs.weights(e, pair, x.first(), x.second(), h);
                if (w != null) {
                    for (int j = 0; j < w.length; j++) {
                        scores[j] += w[j]; // + 0.0 where the value has no weight for the tag: the same double
                    }
                }
            }
        }
    }

    /** {@code TestSentence.runExactExtractor}. */
    private void add(int kf, Extractor ex, History h, double[] scores, double[] lambda) {
        addWeights(maxentTagger.fAssociations.get(kf).get(ex.extract(h)), scores, lambda);
    }

    /** Adds the weights of a feature value's associations (null: the value has none) to the scores, tag by tag. */
    private void addWeights(int[] associations, double[] scores, double[] lambda) {
        if (associations != null) {
            for (int j = 0; j < maxentTagger.ySize; j++) {
                int f = associations[j];
                if (f >= 0) {
                    scores[j] += lambda[f];
                }
            }
        }
    }
}
