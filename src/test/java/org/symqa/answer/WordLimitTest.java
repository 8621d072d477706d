package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Less than N words": the boundaries of {@link WordLimit}, on answers made of hand-counted words. */
class WordLimitTest {
    private static Answer fit(String lead, List<String> items, int limit) {
        return WordLimit.fit("t", lead, "Intro:", items, limit, List.of());
    }

    @Test
    void noLimitKeepsEverything() {
        Answer a = fit("one two three", List.of("[1] four five", "[2] six"), 0);
        assertEquals("one two three\nIntro:\n[1] four five\n[2] six", a.text());
        assertFalse(a.shortened());
    }

    @Test
    void anAnswerOfLimitMinusOneWordsStays() {
        // 3 + 1 + 3 = 7 words: fewer than 8
        Answer a = fit("one two three", List.of("[1] four five"), 8);
        assertEquals("one two three\nIntro:\n[1] four five", a.text());
        assertFalse(a.shortened());
    }

    @Test
    void anAnswerOfExactlyLimitWordsIsCut() {
        // 7 words are not fewer than 7: the last cited item goes, the lead stays whole
        Answer a = fit("one two three", List.of("[1] four five"), 7);
        assertEquals("one two three", a.text());
        assertTrue(a.shortened());
    }

    @Test
    void citedItemsGoFromTheEndOneByOne() {
        // lead 2 + intro 1 + items 2, 2, 2 = 9 words; limit 8 drops only the last item (7 words)
        Answer a = fit("one two", List.of("[1] a", "[2] b", "[3] c"), 8);
        assertEquals("one two\nIntro:\n[1] a\n[2] b", a.text());
        assertTrue(a.shortened());
        assertEquals(5, WordLimit.words(fit("one two", List.of("[1] a", "[2] b", "[3] c"), 6).text()));
    }

    @Test
    void aLeadAtTheLimitIsCutToLimitMinusOneWords() {
        Answer a = fit("one two three four five", List.of("[1] six"), 5);
        assertEquals("one two three four", a.text());
        assertTrue(a.shortened());
        assertEquals(4, WordLimit.words(a.text()));
    }

    @Test
    void aLeadOfLimitMinusOneWordsIsNotCut() {
        Answer a = fit("one two three four", List.of("[1] six"), 5);
        assertEquals("one two three four", a.text());
        assertTrue(a.shortened()); // the item went
        assertFalse(fit("one two three four", List.of(), 5).shortened());
    }

    @Test
    void atLeastOneWordIsKept() {
        Answer a = fit("one two", List.of(), 1);
        assertEquals("one", a.text());
        assertTrue(a.shortened());
    }

    @Test
    void withoutItemsTheIntroIsLeftOut() {
        assertEquals("lead only", fit("lead only", List.of(), 0).text());
    }

    @Test
    void wordsAreCountedOnEveryKindOfSpace() {
        assertEquals(3, WordLimit.words(" a\u00a0b\u2009\nc "));
        assertEquals(0, WordLimit.words(" \n "));
    }
}
