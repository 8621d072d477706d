package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tokens of a sentence view as TokensRegex sees them: word, value and original text as written, lower-cased lemma,
 * tag, 1-based index, and the lexicons with a hit on the token as ";a;b;" (";" when none, each lexicon once).
 */
class SentenceViewTest {

    @Test
    void labelsCarryEachTokensFormsAndLexicons() {
        SentenceView s = Tagged.view("Two NVIDIA/Nvidia GPUs/gpu", Tagged.hit("gpu", 1, 3), Tagged.hit("count", 0, 1),
                Tagged.hit("vendor", 1, 2), Tagged.hit("gpu", 2, 3));
        List<CoreLabel> labels = s.labels();
        CoreLabel nvidia = labels.get(1);
        assertEquals("NVIDIA", nvidia.word());
        assertEquals("NVIDIA", nvidia.value());
        assertEquals("NVIDIA", nvidia.originalText());
        assertEquals("nvidia", nvidia.lemma());
        assertEquals("NN", nvidia.tag());
        assertEquals(2, nvidia.index());
        assertEquals(List.of(";count;", ";gpu;vendor;", ";gpu;"),
                labels.stream().map(l -> l.get(SentenceView.LexAnnotation.class)).toList());
        assertSame(labels, s.labels());
        assertEquals(";", Tagged.view("none here").labels().get(0).get(SentenceView.LexAnnotation.class));
    }

    @Test
    void hitsAreKeptByLexiconAndWordsJoinedBySpaces() {
        SentenceView s = Tagged.view("Two NVIDIA GPUs", Tagged.hit("gpu", 1, 3), Tagged.hit("count", 0, 1));
        assertEquals(1, s.hits("gpu").size());
        assertEquals(List.of(), s.hits("tpu"));
        assertEquals(2, s.hits().size());
        assertEquals("NVIDIA GPUs", s.words(new Span(1, 3)));
        assertEquals("", s.words(new Span(1, 1)));
        assertArrayEquals(new boolean[3], s.negated(), "no negation scope: nothing negated");
        assertEquals("Two NVIDIA GPUs", s.sentence().text());
    }

    @Test
    void aDerivedValueIsMadeOncePerOwnerAndTheOldestOwnersGoesPastTheLimit() {
        SentenceView s = Tagged.view("Two GPUs");
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        Object[] owners = new Object[SentenceView.DERIVED_OWNERS + 1];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = new Object();
        }
        assertEquals("a1", s.derived(owners[0], v -> "a" + made.incrementAndGet()));
        assertEquals("a1", s.derived(owners[0], v -> "a" + made.incrementAndGet()), "kept for the same owner");
        for (int i = 1; i < SentenceView.DERIVED_OWNERS; i++) {
            int n = i + 1;
            assertEquals("o" + n, s.derived(owners[i], v -> "o" + made.incrementAndGet()), "another owner makes its own");
        }
        assertEquals("a1", s.derived(owners[0], v -> "x" + made.incrementAndGet()), "the first is kept up to the limit");
        assertEquals("o" + (SentenceView.DERIVED_OWNERS + 1),
                s.derived(owners[SentenceView.DERIVED_OWNERS], v -> "o" + made.incrementAndGet()), "one past it");
        assertEquals("a" + (SentenceView.DERIVED_OWNERS + 2), s.derived(owners[0], v -> "a" + made.incrementAndGet()),
                "replaced the oldest's");
        assertEquals("o3", s.derived(owners[2], v -> "x" + made.incrementAndGet()), "the others kept");
        assertEquals("o" + (SentenceView.DERIVED_OWNERS + 3), s.derived(owners[1], v -> "o" + made.incrementAndGet()),
                "the second, now the oldest, went in its turn");
        assertEquals(Integer.valueOf(2), s.<Integer>derived(new Object(), v -> v.tokens().size()), "made from the view");
    }
}
