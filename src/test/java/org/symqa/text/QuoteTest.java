package org.symqa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quote prints repaired words, but a name or number only in a form the chunk holds somewhere. */
class QuoteTest {

    /** The chunk with one repair: {@code cut} (a line break, or a hyphen and line break) is deleted where it stands. */
    private static RepairedText joined(String original, String cut) {
        int at = original.indexOf(cut);
        return RepairedText.of(original).apply("join", List.of(new RepairedText.Edit(at, at + cut.length(), "")));
    }

    private static String quoteAll(RepairedText t) {
        return Quote.of(t, 0, t.text().length());
    }

    @Test
    void aRepairedNameIsQuotedAsRepairedWhenTheChunkHoldsItElsewhere() {
        RepairedText t = joined("We used Effi-\ncientNet. EfficientNet-B0 was fast.", "-\n");
        assertEquals("We used EfficientNet. EfficientNet-B0 was fast.", quoteAll(t));
        RepairedText u = joined("We used F1-\nscore (F1-score).", "\n");
        assertEquals("We used F1-score (F1-score).", quoteAll(u));
    }

    @Test
    void aRepairedNameTheChunkDoesNotHoldIsQuotedAsWritten() {
        RepairedText t = joined("We report the F1-\nscore here.", "\n");
        assertEquals("We report the F1-score here.", t.text());
        assertEquals("We report the F1- score here.", quoteAll(t));
    }

    @Test
    void holdingIgnoresCaseAndEdgePunctuationButNeedsEveryOtherCharacter() {
        assertTrue(Quote.holds("the f1-score of", "(F1-Score),"));
        assertFalse(Quote.holds("the f1-scor of", "F1-Score"));
        assertFalse(Quote.holds("anything", "(),"), "nothing left to look for");
        assertTrue(Quote.holds("ab", "ab"), "a word that is the whole chunk");
        assertFalse(Quote.holds("a", "ab"), "a chunk shorter than the word");
        assertFalse(Quote.holds("caf\u00e9 x", "CAF\u00c9"), "non-ASCII words are never taken as held");
    }
}
