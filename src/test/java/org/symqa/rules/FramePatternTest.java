package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Frame patterns on hand-tagged sentences: lexicon references, #NUM, value groups, every match, and errors. */
class FramePatternTest {

    @Test
    void keepsTheSourceAndItsLexiconsInOrder() {
        FramePattern p = FramePattern.compile("@gpu-list [] @count_words @gpu-list");
        assertEquals("@gpu-list [] @count_words @gpu-list", p.toString());
        assertEquals(List.of("gpu-list", "count_words", "gpu-list"), p.lexicons());
    }

    /** The offset of the first reference to an unknown lexicon, for error columns; -1 when all are known. */
    @Test
    void unknownRefPointsAtTheFirstUnknownLexicon() {
        assertEquals(5, FramePattern.unknownRef("@gpu @tpu @x", Set.of("gpu")));
        assertEquals(0, FramePattern.unknownRef("@x @gpu", Set.of("gpu")));
        assertEquals(-1, FramePattern.unknownRef("@gpu [] @tpu", Set.of("gpu", "tpu")));
        assertEquals(-1, FramePattern.unknownRef("[{word:a}]", Set.of()));
    }

    @Test
    void aLexiconReferenceMatchesTheTokensOfAHit() {
        FramePattern p = FramePattern.compile("[{lemma:train}] [{word:on}] @gpu");
        assertEquals(new Span(1, 5), p.find(Tagged.view("We trained/train on two GPUs", Tagged.hit("gpu", 3, 5))));
        assertEquals(new Span(1, 4), p.find(Tagged.view("We trained/train on GPUs", Tagged.hit("tpu", 0, 1),
                Tagged.hit("gpu", 3, 4))));
        assertNull(p.find(Tagged.view("We trained/train on GPUs", Tagged.hit("tpu", 3, 4))));
    }

    @Test
    void numberMatchesOneNumberToken() {
        FramePattern p = FramePattern.compile("#NUM [{lemma:epoch}]");
        assertEquals(new Span(2, 4), p.find(Tagged.view("for about 1,000 epochs/epoch")));
        assertEquals(new Span(0, 2), p.find(Tagged.view("-2.5e3 epochs/epoch")));
        assertEquals(new Span(0, 2), p.find(Tagged.view("50% epochs/epoch")));
        assertNull(p.find(Tagged.view("many epochs/epoch")));
    }

    @Test
    void findAllGivesEveryMatchLeftToRightWithoutOverlap() {
        FramePattern p = FramePattern.compile("[{word:a}] [{word:a}]?");
        List<FramePattern.Found> all = p.findAll(Tagged.view("a a a x a"));
        assertEquals(List.of(new FramePattern.Found(new Span(0, 2), new Span(0, 2)),
                new FramePattern.Found(new Span(2, 3), new Span(2, 3)),
                new FramePattern.Found(new Span(4, 5), new Span(4, 5))), all);
        assertEquals(List.of(), p.findAll(Tagged.view("x y")));
    }

    /** The value group's span is the value, even at the first token; without one the whole match is the value. */
    @Test
    void theValueGroupNamesTheValue() {
        FramePattern p = FramePattern.compile("(?$value [{word:/[A-Z]+/}]) [{lemma:gpu}]");
        assertEquals(List.of(new FramePattern.Found(new Span(0, 2), new Span(0, 1))),
                p.findAll(Tagged.view("NVIDIA GPUs/gpu")));
        FramePattern later = FramePattern.compile("[{word:on}] (?$value [{word:/[A-Z]+/}]+)");
        assertEquals(List.of(new FramePattern.Found(new Span(1, 4), new Span(2, 4))),
                later.findAll(Tagged.view("trained on NVIDIA TESLA")));
    }

    /** A value group that matches no token gives the whole match as the value, not an empty span. */
    @Test
    void anEmptyValueGroupFallsBackToTheWholeMatch() {
        FramePattern p = FramePattern.compile("[{word:on}] (?$value [{word:/[A-Z]+/}]*) [{word:GPUs}]");
        assertEquals(List.of(new FramePattern.Found(new Span(0, 2), new Span(0, 2))),
                p.findAll(Tagged.view("on GPUs")));
        assertEquals(List.of(new FramePattern.Found(new Span(0, 3), new Span(1, 2))),
                p.findAll(Tagged.view("on NVIDIA GPUs")));
    }

    @Test
    void aPatternThatDoesNotParseFailsWithOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FramePattern.compile("[{lemma:"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().equals(e.getCause().getClass().getSimpleName()), e.getMessage());
        assertEquals("Error when parsing [{lemma:train}] |: Encountered \"<EOF>\" at line 1, column 17.",
                assertThrows(IllegalArgumentException.class, () -> FramePattern.compile("[{lemma:train}] |")).getMessage());
        assertEquals("Error when parsing []{2,1}: Invalid minMatch=2, maxMatch=1",
                assertThrows(IllegalArgumentException.class, () -> FramePattern.compile("[]{2,1}")).getMessage());
    }

    /**
     * TokensRegex matches an attribute regex against the whole attribute, so {@code /^NN/} would hold for the tag NN
     * and not for NNS: such a "starts with" regex is refused, and one that ends in {@code .*} or {@code $} is kept.
     */
    @Test
    void refusesAnAnchoredRegexThatWouldOnlyMatchAWholeTag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FramePattern.compile("[{lemma:slice} & {tag:/^VB/}] [{word:into}]"));
        assertEquals("{tag:/^VB/} reads as \"starts with\", but a token regex must match the whole tag: end it with"
                + " .* (or $)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FramePattern.compile("[!{word:/^[;.]/}]"));
        assertEquals(new Span(0, 1), FramePattern.compile("[{tag:/^NN.*/}]").find(Tagged.view("the model")));
        assertNull(FramePattern.compile("[{tag:/^VB.*/}]").find(Tagged.view("the model")));
        assertEquals(new Span(0, 1), FramePattern.compile("[{word:/^(a|b)$/}]").find(Tagged.view("b c")));
        assertEquals(new Span(0, 1), FramePattern.compile("[{word:/^a.+/}]").find(Tagged.view("ab c")));
    }
}
