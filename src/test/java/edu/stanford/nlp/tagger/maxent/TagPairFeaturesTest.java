package edu.stanford.nlp.tagger.maxent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which extractors are kept per tag pair (only those that read nothing but tags to the left, within the window), and
 * how a search step's tags make the pair. That the tags stay CoreNLP's own is LocalScoresOnceTaggingTest's part.
 */
class TagPairFeaturesTest {
    private static final MaxentTagger TAGGER = new MaxentTagger(
            "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");

    @Test
    void onlyExtractorsOfTheTagsToTheLeftAreKept() {
        assertTrue(TagPairFeatures.readsLeftTagsOnly(new Extractor(-1, true), 2));
        assertTrue(TagPairFeatures.readsLeftTagsOnly(new Extractor(-2, true), 2));
        assertFalse(TagPairFeatures.readsLeftTagsOnly(new Extractor(-2, true), 1), "outside the window");
        assertFalse(TagPairFeatures.readsLeftTagsOnly(new Extractor(-3, true), 3), "further than -2");
        assertFalse(TagPairFeatures.readsLeftTagsOnly(new Extractor(0, true), 2), "the tag being scored");
        assertFalse(TagPairFeatures.readsLeftTagsOnly(new Extractor(1, true), 2), "a tag to the right");
        assertFalse(TagPairFeatures.readsLeftTagsOnly(new Extractor(-1, false), 2), "a word");
        assertTrue(TagPairFeatures.readsLeftTagsOnly(new ExtractorFrames.ExtractorContinuousTagConjunction(-2), 2));
        assertFalse(TagPairFeatures.readsLeftTagsOnly(new ExtractorFrames.ExtractorWordTag(0, -1), 2),
                "a word and a tag: not kept, whatever its context");
    }

    @Test
    void bothCommonDynamicExtractorsOfTheModelAreKept() {
        TagPairFeatures t = TagPairFeatures.of(TAGGER, 2);
        assertEquals(2, TAGGER.extractors.dynamic.size());
        assertTrue(t.cached(0));
        assertTrue(t.cached(1));
        assertSame(t, TagPairFeatures.of(TAGGER, 2), "made once per tagger");
    }

    @Test
    void aStepsPairIsItsTwoTagsToTheLeftBeforeTheSentenceCountingAsOne() {
        TagPairFeatures t = TagPairFeatures.of(TAGGER, 2);
        int n = TAGGER.ySize + 1;
        int[] tags = {7, 7, 3, 5, 9};
        assertEquals(3 * n + 5, t.pair(tags, 4));
        assertEquals((n - 1) * n + 3, t.pair(tags, 3), "the padding before the sentence reads as NA, whatever it holds");
        assertEquals((n - 1) * n + n - 1, t.pair(tags, 2));
        assertEquals(-1, t.pair(new int[] {0, 0, -1, 4}, 4), "an unknown tag index: no pair");
        assertEquals(-1, t.pair(new int[] {0, 0, TAGGER.ySize, 4}, 4));
    }
}
