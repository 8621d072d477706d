package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.util.Pair;
import java.util.List;

/**
 * The feature weights of the tagger's common tag-dependent ("dynamic") extractors that read nothing but the tags at
 * -2 and -1, kept per pair of tag indexes: at every step of the tag search CoreNLP builds the feature's string
 * ({@code "NN!DT"}) and looks it up in a hash map, for a value that only those two tags decide. For the
 * left3words model these are its two common dynamic extractors (the tag at -1; the tags at -2 and -1 joined).
 *
 * <p>Which extractors: exactly {@link Extractor} reading one tag to the left, or
 * {@link ExtractorFrames.ExtractorContinuousTagConjunction} reading tags to the left, within the tagger's window;
 * any other is left to the hash map. A step's pair comes from the tag indexes the search scores
 * ({@code scoresOf(int[] tags, int pos)}); a position before the sentence stands for the extractor's "NA". An
 * entry is filled on first use from the extractor's own value and look-up, as the value's weight for each tag.
 *
 * <p>Shared by the threads that tag: entries are written racily but always equal, and published safely through
 * {@link Weights}' final field; a reader that sees no entry yet makes it itself.
 */
final class TagPairFeatures {
    /** The marker of a feature value that has no weights. */
    private static final Weights NONE = new Weights(new double[0]);
    private static TagPairFeatures shared;

    private final MaxentTagger tagger;
    private final int leftWindow;
    /** Tag indexes and one more, the last, for "before the sentence". */
    private final int tags;
    private final boolean[] cached;
    private final Weights[][] byPair;

    /**
     * A feature value's weight for each tag, 0.0 where it has none (adding 0.0 leaves every score as it was: a score
     * starts at +0.0 and a sum of finite doubles is never -0.0). Its field is final, so a thread that meets the
     * object through the shared table sees the array as it was filled.
     */
    record Weights(double[] byTag) {
    }

    private TagPairFeatures(MaxentTagger tagger, int leftWindow) {
        this.tagger = tagger;
        this.leftWindow = leftWindow;
        this.tags = tagger.ySize + 1;
        List<Pair<Integer, Extractor>> dynamic = tagger.extractors.dynamic;
        this.cached = new boolean[dynamic.size()];
        this.byPair = new Weights[dynamic.size()][];
        for (int e = 0; e < dynamic.size(); e++) {
            cached[e] = readsLeftTagsOnly(dynamic.get(e).second(), leftWindow);
            if (cached[e]) {
                byPair[e] = new Weights[tags * tags];
            }
        }
    }

    /** The tables for this tagger and tag window (one tagger per JVM in symqa: made once). */
    static synchronized TagPairFeatures of(MaxentTagger tagger, int leftWindow) {
        if (shared == null || shared.tagger != tagger || shared.leftWindow != leftWindow) {
            shared = new TagPairFeatures(tagger, leftWindow);
        }
        return shared;
    }

    /** True when the extractor's value is a function of the tags at -2 and -1 alone. */
    static boolean readsLeftTagsOnly(Extractor x, int leftWindow) {
        boolean known = x.getClass() == Extractor.class && x.position < 0
                || x.getClass() == ExtractorFrames.ExtractorContinuousTagConjunction.class && x.position < 0;
        return known && x.isDynamic() && x.rightContext() == 0 && x.leftContext() >= 1 && x.leftContext() <= 2
                && x.leftContext() <= leftWindow;
    }

    /** Whether common dynamic extractor {@code e} is kept per tag pair. */
    boolean cached(int e) {
        return cached[e];
    }

    /** The index of the pair of tags at {@code pos - 2} and {@code pos - 1} of a search step, or -1 (none known). */
    int pair(int[] stepTags, int pos) {
        int t2 = tagAt(stepTags, pos - 2);
        int t1 = tagAt(stepTags, pos - 1);
        return t2 < 0 || t1 < 0 ? -1 : t2 * tags + t1;
    }

    private int tagAt(int[] stepTags, int q) {
        if (q < leftWindow) {
            return tags - 1; // before the sentence, where the extractor reads "NA"
        }
        int t = stepTags[q];
        return t >= 0 && t < tags - 1 ? t : -1;
    }

    /**
     * The weights of extractor {@code e} (feature number {@code kf}) for the step's tag pair by tag, or null when its
     * value has none; {@code h} is the step's history, from which a first use takes the value.
     */
    double[] weights(int e, int pair, int kf, Extractor x, History h) {
        Weights w = byPair[e][pair];
        if (w == null) {
            w = weightsOf(tagger.fAssociations.get(kf).get(x.extract(h)));
            byPair[e][pair] = w;
        }
        return w == NONE ? null : w.byTag();
    }

    /** {@code lambda[associations[j]]} for each tag, 0.0 where the association is negative (none). */
    private Weights weightsOf(int[] associations) {
        if (associations == null) {
            return NONE;
        }
        double[] lambda = tagger.getLambdaSolve().lambda;
        double[] byTag = new double[tagger.ySize];
        for (int j = 0; j < byTag.length; j++) {
            int f = associations[j];
            if (f >= 0) {
                byTag[j] = lambda[f];
            }
        }
        return new Weights(byTag);
    }
}
