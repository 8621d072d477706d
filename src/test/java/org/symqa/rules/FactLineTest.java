package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A fact: line always holds; it names the facts by items or by a frame, never both, and shows the first one found. */
class FactLineTest {
    private static final FactLine ITEMS = new FactLine(new AnyOf(List.of(new Item.Lemma("gpu"), new Item.LexiconTerm("count"))),
            null, "gpu | @count");
    private static final Frame FRAME = new Frame("dev", List.of(new Frame.Role("device", FramePattern.compile("@gpu"), 2),
            new Frame.Role("memory", FramePattern.compile("@memory"), 3)), List.of(), List.of(), "rules/frames.rules", 1);

    @Test
    void namesItemsOrAFrameButNotBoth() {
        assertThrows(IllegalArgumentException.class, () -> new FactLine(null, null, "x"));
        assertThrows(IllegalArgumentException.class, () -> new FactLine(ITEMS.items(), FRAME, "x"));
    }

    @Test
    void alwaysHoldsAndShowsTheFirstFact() {
        SentenceView s = Tagged.view("two GPUs/gpu");
        assertTrue(ITEMS.test(s).holds());
        assertEquals(new Condition.Check(true, 0, "fact: gpu | @count ('GPUs')"), ITEMS.check(s));
        SentenceView none = Tagged.view("nothing here");
        assertTrue(ITEMS.test(none).holds());
        assertEquals(List.of(), ITEMS.test(none).mentions());
        assertEquals(new Condition.Check(true, 0, null), ITEMS.check(none));
        assertSame(Prefilter.Always.INSTANCE, ITEMS.prefilter());
    }

    @Test
    void aFrameFactGivesTheFramesMentions() {
        FactLine line = new FactLine(null, FRAME, "frame dev");
        SentenceView s = Tagged.view("a V100 with 16GB", Tagged.hit("gpu", 1, 2), Tagged.hit("memory", 3, 4));
        assertEquals(FRAME.find(s), line.test(s).mentions());
        assertEquals(new Condition.Check(true, 0, "fact: frame dev ('V100')"), line.check(s));
        assertEquals(Set.of("gpu", "memory"), line.lexicons());
        assertEquals("fact: frame dev", line.toString());
        assertEquals("fact", line.key());
    }

    @Test
    void itemFactsKnowTheirLexicons() {
        assertEquals(Set.of("count"), ITEMS.lexicons());
        assertEquals("fact: gpu | @count", ITEMS.toString());
    }
}
