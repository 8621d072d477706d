package org.symqa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Repaired text maps back to the original; quotes keep names and numbers as the source wrote them. */
class RepairedTextTest {
    @Test
    void editsMapEveryRepairedPositionBackToTheOriginal() {
        String original = "deep learn-\ning on GPUs";
        RepairedText t = RepairedText.of(original).apply("hyphen", List.of(new RepairedText.Edit(10, 12, "")));
        assertEquals("deep learning on GPUs", t.text());
        assertEquals(original, t.original());
        assertEquals(5, t.originalOffset(5));
        assertEquals(12, t.originalOffset(10), "the 'i' after the removed break");
        assertEquals(original.length(), t.originalOffset(t.text().length()));
        assertEquals(13, t.originalEnd(11), "a span ending after 'i' ends after it in the original");
        assertEquals(0, t.originalEnd(0));
        assertEquals(List.of(new RepairedText.Repair("hyphen", 10, 12, "-\n", "")), t.repairs());
    }

    @Test
    void insertedTextMapsToTheStartOfWhatItReplaced() {
        RepairedText t = RepairedText.of("a  b").apply("spaces", List.of(new RepairedText.Edit(1, 3, " ")));
        assertEquals("a b", t.text());
        assertEquals(1, t.originalOffset(1));
        assertEquals(3, t.originalOffset(2));
        assertEquals(t, t.apply("none", List.of()));
    }

    @Test
    void overlappingOrRunawayEditsAreRefused() {
        RepairedText t = RepairedText.of("abcdef");
        assertThrows(IllegalArgumentException.class, () -> t.apply("x", List.of(new RepairedText.Edit(2, 4, ""),
                new RepairedText.Edit(3, 5, ""))));
        assertThrows(IllegalArgumentException.class, () -> t.apply("x", List.of(new RepairedText.Edit(5, 9, ""))));
        assertThrows(IllegalArgumentException.class, () -> new RepairedText.Edit(3, 2, ""));
        assertThrows(IllegalArgumentException.class, () -> new RepairedText.Edit(-1, 2, ""));
    }

    @Test
    void aQuoteKeepsNamesAndNumbersAsTheSourceWroteThem() {
        String original = "on a Tesla V1-\n00 card, de-\nep nets";
        RepairedText t = RepairedText.of(original).apply("hyphen", List.of(new RepairedText.Edit(13, 15, ""),
                new RepairedText.Edit(26, 28, "")));
        assertEquals("on a Tesla V100 card, deep nets", t.text());
        // the number is quoted as written (its line break a space); the plain word stays repaired
        assertEquals("on a Tesla V1- 00 card, deep nets", Quote.of(t, 0, t.text().length()));
        assertEquals("Tesla V1- 00", Quote.of(t, 5, 15));
    }

    @Test
    void aQuoteMakesWhiteSpaceSingle() {
        RepairedText t = RepairedText.of("  a \n\u00a0 b\t ");
        assertEquals("a b", Quote.of(t, 0, t.text().length()));
    }

    @Test
    void wordsAreSplitOnUnicodeSpacesToo() {
        assertEquals(4, Spaces.words("a\u2009b\u3000c\u202fd"));
        assertEquals(1, Spaces.words("\u00a0word\u0085"));
        assertEquals(0, Spaces.words(""));
        assertEquals(true, Spaces.is('\u2007'));
        assertEquals(true, Spaces.is('\u001c'));
        assertEquals(true, Spaces.is('\u001f'));
        assertEquals(false, Spaces.is('\u001b'));
        assertEquals(false, Spaces.is('!'));
    }
}
