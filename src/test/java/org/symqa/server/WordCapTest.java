package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** max_tokens as a word cap: the boundary between fitting and being cut, and the answer's own spacing kept. */
class WordCapTest {
    @Test
    void anAnswerOfExactlyTheCapIsNotCutOneWordMoreIs() {
        String answer = "Hardware named:\n[1] \"a GPU\"";
        assertEquals(5, WordCap.words(answer));
        assertEquals(new WordCap(answer, false), WordCap.apply(answer, 5));
        assertEquals(new WordCap(answer, false), WordCap.apply(answer, 6));
        assertEquals(new WordCap("Hardware named:\n[1] \"a", true), WordCap.apply(answer, 4));
        assertEquals(new WordCap("Hardware", true), WordCap.apply(answer, 1));
    }

    @Test
    void noCapAndSpacesAroundTheWords() {
        assertEquals(new WordCap(" a  b ", false), WordCap.apply(" a  b ", 0));
        assertEquals(new WordCap(" a", true), WordCap.apply(" a \u00a0b", 1), "no-break space separates words");
        assertEquals(new WordCap(" a  b", false), WordCap.apply(" a  b", 2));
        assertEquals(new WordCap("", false), WordCap.apply("", 3));
    }
}
