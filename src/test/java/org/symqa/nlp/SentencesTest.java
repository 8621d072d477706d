package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.symqa.text.RepairedText;

/** Sentences tagged on demand, once each, and the values kept with them; chunks and documents. */
class SentencesTest {
    private final SimpleAnnotator annotator = new SimpleAnnotator();

    @Test
    void aSentenceIsTaggedWhenFirstAskedForAndOnlyOnce() {
        AtomicInteger tagged = new AtomicInteger();
        Sentences s = new Sentences(annotator.split("One two. Three four. Five."), x -> {
            tagged.incrementAndGet();
            return annotator.tag(x);
        });
        assertEquals(3, s.split().size());
        assertEquals(0, s.taggedCount());
        assertEquals("three", s.tagged(1).tokens().get(0).lemma());
        assertSame(s.tagged(1), s.tagged(1));
        assertEquals(1, s.taggedCount());
        assertEquals(1, tagged.get());
        assertEquals("", s.split().get(1).tokens().get(0).lemma(), "the split sentence stays untagged");
    }

    @Test
    void sentencesTaggedAlreadyAreNotTaggedAgain() {
        Sentences s = Sentences.ofTagged(annotator.annotate("One. Two."));
        assertEquals(2, s.taggedCount());
        assertEquals("one", s.tagged(0).tokens().get(0).lemma());
    }

    @Test
    void aMemoIsMadeOncePerSentenceAndSlot() {
        Sentences s = Sentences.ofTagged(annotator.annotate("One. Two."));
        AtomicInteger made = new AtomicInteger();
        String a = s.memo(0, 1, () -> "v" + made.incrementAndGet());
        assertEquals("v1", a);
        assertEquals("v1", s.memo(0, 1, () -> "v" + made.incrementAndGet()));
        assertEquals("v2", s.memo(1, 1, () -> "v" + made.incrementAndGet()), "another slot");
        assertEquals("v3", s.memo(0, 0, () -> "v" + made.incrementAndGet()), "another sentence");
    }

    @Test
    void chunksAreNumberedFromOneAndTokensAndSentencesCheckTheirOffsets() {
        RepairedText text = RepairedText.of("A b.");
        assertThrows(IllegalArgumentException.class, () -> new Chunk(0, text, List.of()));
        Chunk c = new Chunk(1, text, annotator.annotate("A b."));
        assertEquals(1, c.sentences().size());
        assertEquals("b", c.tagged(0).tokens().get(1).lemma());
        assertThrows(IllegalArgumentException.class, () -> new Token("a", "a", "", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new Token("a", "a", "", -1, 1));
        assertEquals(0, new Token("", "", "", 0, 0).end());
        assertThrows(IllegalArgumentException.class, () -> new Sentence(0, "a", 3, 2, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Sentence(0, "a", -1, 2, List.of()));
        assertEquals(true, new Document(List.of()).isEmpty());
        assertEquals(false, new Document(List.of(c)).isEmpty());
    }

    @Test
    void annotateSplitsThenTags() {
        List<Sentence> s = annotator.annotate("We used GPUs. Then 3 more.");
        assertEquals(2, s.size());
        assertEquals("gpu", s.get(0).tokens().get(2).lemma());
        assertEquals("CD", s.get(1).tokens().get(1).pos());
        assertEquals(14, s.get(1).start());
    }
}
