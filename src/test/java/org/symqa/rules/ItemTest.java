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
