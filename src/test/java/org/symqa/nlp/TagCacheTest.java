package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cache of tagged sentences: a sentence met again is tagged once, keeps its own offsets, and the cache is LRU. */
class TagCacheTest {
    /** {@link SimpleAnnotator}, counting the sentences it tags and naming itself. */
    private static final class Counting implements Annotator {
        private final SimpleAnnotator inner = new SimpleAnnotator();
        final AtomicInteger tagged = new AtomicInteger();

        @Override
        public List<Sentence> split(String text) {
            return inner.split(text);
        }

        @Override
        public Sentence tag(Sentence split) {
            tagged.incrementAndGet();
            return inner.tag(split);
        }

        @Override
        public List<String> possibleLemmas(String word) {
            return inner.possibleLemmas(word);
        }

        @Override
        public List<String> tokenize(String text) {
            return inner.tokenize(text);
        }

        @Override
        public Map<String, String> dataFiles() {
            return Map.of("tags.txt", "NN");
        }

        @Override
        public String toString() {
            return "counting";
        }
    }

    private final Counting backend = new Counting();

    @Test
    void aSentenceMetAgainIsTaggedOnceAndKeepsItsOwnIndexAndOffsets() {
        TagCache cache = new TagCache(backend, 8);
        List<Sentence> split = backend.split("Models were trained. Then 12 runs. Models were trained.");
        assertEquals(3, split.size());
        Sentence first = cache.tag(split.get(0));
        Sentence again = cache.tag(split.get(2));
        assertEquals(1, backend.tagged.get());
        assertEquals(new SimpleAnnotator().tag(split.get(2)), again);
        assertEquals(2, again.index());
        assertNotEquals(first.start(), again.start());
        assertEquals(first.tokens().get(2).lemma(), again.tokens().get(2).lemma());
    }

    @Test
    void sentencesWithOtherWordsAreTaggedAfresh() {
        TagCache cache = new TagCache(backend, 8);
        List<Sentence> split = backend.split("Models were trained. models were trained. Models were trained !");
        for (Sentence s : split) {
            assertEquals(new SimpleAnnotator().tag(s), cache.tag(s));
        }
        assertEquals(3, backend.tagged.get());
    }

    @Test
    void theSentenceUsedLeastRecentlyGoesFirst() {
        TagCache cache = new TagCache(backend, 2);
        List<Sentence> s = backend.split("Alpha one. Beta two. Gamma three.");
        Sentence a = s.get(0);
        Sentence b = s.get(1);
        Sentence c = s.get(2);
        cache.tag(a);
        cache.tag(b);
        cache.tag(a); // hit; a is now the most recently used
        assertEquals(2, backend.tagged.get());
        cache.tag(c); // evicts b, not a
        cache.tag(a);
        assertEquals(3, backend.tagged.get());
        cache.tag(b);
        assertEquals(4, backend.tagged.get());
    }

    @Test
    void aCacheHoldsAtLeastOneSentence() {
        assertThrows(IllegalArgumentException.class, () -> new TagCache(backend, 0));
        TagCache one = new TagCache(backend, 1);
        Sentence s = backend.split("Alpha one.").get(0);
        one.tag(s);
        one.tag(s);
        assertEquals(1, backend.tagged.get());
    }

    @Test
    void everythingButTaggingIsTheBackends() {
        Annotator cache = TagCache.of(backend);
        assertSame(cache, TagCache.of(cache));
        assertEquals("counting", cache.toString());
        assertEquals(Map.of("tags.txt", "NN"), cache.dataFiles());
        assertEquals(backend.split("One two. Three."), cache.split("One two. Three."));
        assertEquals(backend.tokenize("One two."), cache.tokenize("One two."));
        assertEquals(backend.possibleLemmas("runs"), cache.possibleLemmas("runs"));
        assertEquals(backend.annotate("Runs were made. Runs were made."), cache.annotate("Runs were made. Runs were made."));
        assertEquals(1, backend.tagged.get() - 2, "the second sentence of annotate came from the cache");
    }
}
