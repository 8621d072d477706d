package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;

/** What the tokenizer is handed: text of papers whole, odd runs and huge blocks in bounded pieces. */
class TokenizerPiecesTest {
    @Test
    void ordinaryTextIsOnePiece() {
        String text = "All networks were trained on a single GPU. ".repeat(100) + "https://github.com/" + "x".repeat(1900);
        assertArrayEquals(new int[] {0, text.length()}, CoreNlpAnnotator.pieces(text));
    }

    @Test
    void aRunOfMoreThanTwoThousandCharactersIsCutEverySixtyFour() {
        String text = "see " + "+".repeat(2001) + " end";
        int[] cuts = CoreNlpAnnotator.pieces(text);
        assertEquals(0, cuts[0]);
        assertEquals(4 + 64, cuts[1]);
        assertEquals(4 + 128, cuts[2]);
        assertEquals(text.length(), cuts[cuts.length - 1]);
        assertEquals(1 + 2000 / 64, cuts.length - 1); // 31 cuts inside the run
    }

    @Test
    void aLongBlockIsCutAfterASentenceEnd() {
        String sentence = "This sentence has exactly some words in it. ";
        String text = sentence.repeat(400);
        int[] cuts = CoreNlpAnnotator.pieces(text);
        assertTrue(cuts.length > 2);
        for (int i = 1; i < cuts.length - 1; i++) {
            assertTrue(cuts[i] - cuts[i - 1] <= CoreNlpAnnotator.BLOCK_PIECE + 1);
            assertEquals(". ", text.substring(cuts[i] - 2, cuts[i]));
        }
    }

    @Test
    void piecesGiveTheSentencesOfTheWholeText() {
        CoreNlpAnnotator a = TestPipeline.annotator();
        String sentence = "This sentence has exactly some words in it. ";
        String text = sentence.repeat(400);
        List<Sentence> s = a.split(text);
        assertEquals(400, s.size());
        assertEquals(sentence.strip(), s.get(399).text());
    }

    @Test
    void longSentencesAreSplitAndLongWordsAreTheirOwnLemma() {
        CoreNlpAnnotator a = new CoreNlpAnnotator(10);
        List<Sentence> s = a.split("one two three four five six seven eight nine ten eleven twelve.");
        assertEquals(2, s.size());
        assertEquals(10, s.get(0).tokens().size());
        String hyphens = "-".repeat(CoreNlpAnnotator.MAX_LEMMA_CHARS + 1);
        assertEquals(List.of(hyphens), a.possibleLemmas(hyphens));
    }
}
