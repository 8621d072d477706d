package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a token stands for a word of a rule or lexicon: word, lemma, or a regular ending the tagger missed. */
class WordFormsTest {
    private static Token t(String word, String lemma) {
        return new Token(word, lemma, "NN", 0, word.length());
    }

    @Test
    void matchesTheWordOrTheLemmaInAnyCase() {
        assertTrue(WordForms.matches(t("GPU", "gpu"), "gpu"));
        assertTrue(WordForms.matches(t("trained", "train"), "train"));
        assertTrue(WordForms.matches(t("Trained", "Trained"), "trained"));
        assertFalse(WordForms.matches(t("trained", "train"), "rain"));
    }

    @Test
    void matchesRegularEndingsTheTaggerLeftOn() {
        assertTrue(WordForms.matches(t("GPUs", "GPUs"), "gpu"));
        assertTrue(WordForms.matches(t("boxes", "boxes"), "box"));
        assertTrue(WordForms.matches(t("oversampled", "oversampled"), "oversample"));
        assertTrue(WordForms.matches(t("jittered", "jittered"), "jitter"));
        assertTrue(WordForms.matches(t("resizing", "resizing"), "resize"));
        assertTrue(WordForms.matches(t("padding", "padding"), "padd"));
    }

    @Test
    void shortWordsAndOtherEndingsDoNotMatch() {
        assertFalse(WordForms.matches(t("ads", "ads"), "ad"), "words under three letters take no ending");
        assertTrue(WordForms.matches(t("cats", "cats"), "cat"));
        assertFalse(WordForms.matches(t("catalog", "catalog"), "cat"));
        assertFalse(WordForms.matches(t("bats", "bats"), "cat"), "the stem must be the word's");
        assertFalse(WordForms.matches(t("gpuss", "gpuss"), "gpu"));
        assertFalse(WordForms.matches(t("resized", "resized"), "resizing"));
        assertFalse(WordForms.matches(t("sizing", "sizing"), "resize"));
        assertFalse(WordForms.matches(t("gpxs", "gpxs"), "gpu"), "the whole stem, not only its first letters");
        assertFalse(WordForms.matches(t("gpux", "gpux"), "gpu"));
        assertFalse(WordForms.matches(t("resizeing", "resizeing"), "resiz"), "one ending, not two");
        assertTrue(WordForms.matches(t("GPUED", "GPUED"), "gpu"), "the word in any case");
        assertFalse(WordForms.matches(t("resizin", "resizin"), "resize"));
    }

    /** The quick test that skips most comparisons says "differ" only where {@code matches} is false anyway. */
    @Test
    void onlyWordsThatStartWithOtherAsciiLettersDifferAtTheStart() {
        assertTrue(WordForms.differAtStart("bats", "cat"));
        assertFalse(WordForms.differAtStart("Cats", "cat"), "case aside");
        assertFalse(WordForms.differAtStart("cats", "Cat"));
        assertTrue(WordForms.differAtStart("", "cat"));
        assertTrue(WordForms.differAtStart("cat", ""));
        assertFalse(WordForms.differAtStart("", ""));
        assertFalse(WordForms.differAtStart("\u212Aelvin", "kelvin"), "the Kelvin sign folds to k");
        assertFalse(WordForms.differAtStart("kelvin", "\u212Aelvin"));
        assertTrue(WordForms.matches(t("\u212Aelvin", "\u212Aelvin"), "kelvin"));
        assertTrue(WordForms.differAtStart("1", "a"));
        assertFalse(WordForms.differAtStart("@", "`"), "the quick fold is loose off letters; the full test decides");
        assertFalse(WordForms.matches(t("@x", "@x"), "`x"));
    }

    /** The start index leaves out only tokens whose word and lemma both differ from the word at the start. */
    @Test
    void theStartIndexListsEveryTokenThatCanStandForAWord() {
        java.util.List<Token> tokens = java.util.List.of(t("Went", "go"), t("GPUs", "gpu"), t("gone", "go"),
                t("", ""), t("~x", "~x"), t("?y", "?y"), t("_a", "_a"));
        int[][] index = WordForms.startIndex(tokens);
        int[] all = {0, 1, 2, 3, 4, 5, 6};
        assertArrayEquals(new int[] {0}, WordForms.positions(index, "wend", all), "a word, case aside");
        assertArrayEquals(new int[] {0, 1, 2}, WordForms.positions(index, "go", all), "lemmas and words, once each");
        assertArrayEquals(new int[0], WordForms.positions(index, "cat", all));
        assertArrayEquals(new int[0], WordForms.positions(index, "1", all), "the empty token stands for nothing");
        assertSame(all, WordForms.positions(index, "", all), "the empty word is never ruled out");
        assertSame(all, WordForms.positions(index, "\u212Aelvin", all), "a non-ASCII start may fold to anything");
        assertArrayEquals(new int[] {4}, WordForms.positions(index, "^", all), "^ folds to ~, as differAtStart folds it");
        assertArrayEquals(new int[0], WordForms.positions(index, "}", all));
        assertArrayEquals(new int[] {5}, WordForms.positions(index, "?", all));
        assertArrayEquals(new int[] {6}, WordForms.positions(index, "_", all), "the last bucket");
        assertNull(WordForms.startIndex(java.util.List.of(t("go", "go"), t("\u212Aelvin", "\u212Aelvin"))),
                "a non-ASCII start: every token is read");
        assertTrue(WordForms.matches(t("\u212Aelvin", "\u212Aelvin"), "kelvin"), "which matches does find");
        assertSame(all, WordForms.positions(null, "kelvin", all));
    }

    /** A lemma that starts like {@code want} is enough, and so is a word: each is tested on its own. */
    @Test
    void aWordThatDiffersAtTheStartStillMatchesByItsLemma() {
        assertTrue(WordForms.matches(t("went", "go"), "go"));
        assertTrue(WordForms.matches(t("GPUs", "xyz"), "gpu"));
        assertFalse(WordForms.matches(t("went", "wend"), "go"));
        assertTrue(WordForms.matches(t("x", ""), ""), "an empty lemma stands for the empty word");
    }

    @Test
    void theSingularDropsAFinalSOfWordsOverThreeLetters() {
        assertEquals("gpu", WordForms.singular(t("GPUs", "GPUs")));
        assertEquals("bus", WordForms.singular(t("bus", "bus")));
        assertEquals("data", WordForms.singular(t("data", "datum")));
    }
}
