package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each kind of item on a hand-tagged sentence (where it is found) and on the untagged candidate view (whether it may
 * be), and how it prints.
 */
class ItemTest {
    private static final SentenceView S = Tagged.view("We trained/train deep nets/net on 2 GPUs/gpu with 95% accuracy",
            Tagged.hit("gpu", 6, 7));
    private static final CandidateView V = new CandidateView(S.sentence(),
            S.tokens().stream().map(List::of).toList(), variants -> Set.of("gpu"));

    @Test
    void aLemmaIsFoundAtEachTokenThatStandsForIt() {
        Item train = new Item.Lemma("train");
        assertEquals(List.of(new Span(1, 2)), train.find(S));
        assertTrue(train.mayMatch(V));
        assertFalse(new Item.Lemma("tpu").mayMatch(V));
        assertEquals("train", train.toString());
    }

    /** A phrase is found at consecutive tokens, also when it ends the sentence, never past its end. */
    @Test
    void aPhraseIsFoundAtConsecutiveTokensUpToTheEnd() {
        Item deepNets = new Item.Phrase(List.of("deep", "net"), "deep net");
        assertEquals(List.of(new Span(2, 4)), deepNets.find(S));
        assertTrue(deepNets.mayMatch(V));
        Item last = new Item.Phrase(List.of("95%", "accuracy"), "95% accuracy");
        assertEquals(List.of(new Span(8, 10)), last.find(S));
        Item past = new Item.Phrase(List.of("accuracy", "today"), "accuracy today");
        assertEquals(List.of(), past.find(S));
        assertFalse(past.mayMatch(V));
        assertEquals("\"deep net\"", deepNets.toString());
    }

    @Test
    void aLexiconTermIsFoundWhereTheLexiconHit() {
        Item gpu = new Item.LexiconTerm("gpu");
        assertEquals(List.of(new Span(6, 7)), gpu.find(S));
        assertTrue(gpu.mayMatch(V));
        assertFalse(new Item.LexiconTerm("tpu").mayMatch(V));
        assertEquals("@gpu", gpu.toString());
        assertEquals("gpu", gpu.lexicon());
    }

    @Test
    void aWordPatternMatchesWholeWordsAsWritten() {
        Item gpus = new Item.WordPattern(Pattern.compile("GPUs?"));
        assertEquals(List.of(new Span(6, 7)), gpus.find(S));
        assertTrue(gpus.mayMatch(V));
        assertFalse(new Item.WordPattern(Pattern.compile("GPU")).mayMatch(V));
        assertEquals("/GPUs?/", gpus.toString());
    }

    /** {@code any} says whether {@code find} finds something, item by item, and for a line of items. */
    @Test
    void anyHoldsExactlyWhenFindFindsSomething() {
        List<Item> items = List.of(new Item.Lemma("train"), new Item.Lemma("tpu"),
                new Item.Phrase(List.of("deep", "net"), "deep net"), new Item.Phrase(List.of("net", "deep"), "net deep"),
                new Item.Phrase(List.of("95%", "accuracy"), "95% accuracy"),
                new Item.Phrase(List.of("accuracy", "today"), "accuracy today"), new Item.LexiconTerm("gpu"),
                new Item.LexiconTerm("tpu"), new Item.WordPattern(Pattern.compile("GPUs?")),
                new Item.WordPattern(Pattern.compile("GPU")), new Item.Number());
        for (Item i : items) {
            assertEquals(!i.find(S).isEmpty(), i.any(S), i.toString());
            assertEquals(!new AnyOf(List.of(i)).find(S).isEmpty(), new AnyOf(List.of(i)).any(S), i.toString());
        }
        assertTrue(new AnyOf(items).any(S));
        assertFalse(new AnyOf(List.of(items.get(1), items.get(3), items.get(7))).any(S));
    }

    @Test
    void aPhraseIsFoundAtEveryPlaceItStandsEvenOverlapping() {
        SentenceView s = Tagged.view("very very very good");
        Item twice = new Item.Phrase(List.of("very", "very"), "very very");
        assertEquals(List.of(new Span(0, 2), new Span(1, 3)), twice.find(s));
        assertTrue(twice.any(s));
    }

    @Test
    void aNumberIsOneNumberToken() {
        Item n = new Item.Number();
        assertEquals(List.of(new Span(5, 6), new Span(8, 9)), n.find(S));
        assertTrue(n.mayMatch(V));
        CandidateView words = new CandidateView(Tagged.view("no numbers").sentence(),
                List.of(), v -> Set.of());
        assertFalse(n.mayMatch(words));
        assertEquals("#NUM", n.toString());
    }
}
