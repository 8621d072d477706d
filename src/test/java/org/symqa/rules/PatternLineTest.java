package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A {@code pattern:} line on hand-tagged sentences: its facts are the hits of its own lexicons inside the match (edges
 * included), else the whole match; its diagnosis counts the steps that matched.
 */
class PatternLineTest {
    private static final PatternLine LINE = new PatternLine(FramePattern.compile("[{lemma:train}] [{word:on}] @gpu"));

    private static List<Span> facts(Condition.Outcome o) {
        return o.mentions().stream().map(Mention::span).toList();
    }

    @Test
    void factsAreTheHitsOfItsLexiconsInsideTheMatch() {
        SentenceView s = Tagged.view("We trained/train on GPUs today", Tagged.hit("gpu", 3, 4),
                Tagged.hit("count", 3, 4), Tagged.hit("count", 1, 2));
        Condition.Outcome o = LINE.test(s);
        assertTrue(o.holds());
        assertEquals(List.of(new Span(3, 4)), facts(o));
    }

    @Test
    void hitsAtTheEdgesOfTheMatchCountAndHitsOutsideDoNot() {
        SentenceView s = Tagged.view("GPUs trained/train on GPUs", Tagged.hit("gpu", 0, 1), Tagged.hit("gpu", 3, 4));
        assertEquals(List.of(new Span(3, 4)), facts(LINE.test(s)));
        PatternLine first = new PatternLine(FramePattern.compile("@gpu [{word:on}]"));
        SentenceView t = Tagged.view("GPUs on GPUs", Tagged.hit("gpu", 0, 1), Tagged.hit("gpu", 2, 3));
        assertEquals(List.of(new Span(0, 1)), facts(first.test(t)));
    }

    @Test
    void withoutHitsOfItsLexiconsTheWholeMatchIsTheFact() {
        PatternLine words = new PatternLine(FramePattern.compile("[{lemma:train}] [{word:on}] [{word:GPUs}]"));
        SentenceView s = Tagged.view("We trained/train on GPUs", Tagged.hit("gpu", 3, 4));
        assertEquals(List.of(new Span(1, 4)), facts(words.test(s)));
    }

    @Test
    void noMatchFails() {
        assertSame(Condition.Outcome.FAILS, LINE.test(Tagged.view("We trained/train on GPUs")));
    }

    @Test
    void checkQuotesTheMatchOrSaysHowFarThePatternGot() {
        SentenceView full = Tagged.view("We trained/train on GPUs", Tagged.hit("gpu", 3, 4));
        assertEquals(new Condition.Check(true, 1, "pattern: matched 'trained on GPUs'"), LINE.check(full));
        SentenceView part = Tagged.view("We trained/train on CPUs");
        assertEquals(new Condition.Check(false, 2.0 / 3, "pattern: 2 of 3 steps matched ('trained on'), stopped at @gpu"),
                LINE.check(part));
        assertEquals(new Condition.Check(false, 0, "pattern: 0 of 3 steps matched, stopped at [{lemma:train}]"),
                LINE.check(Tagged.view("Nothing here")));
        assertEquals(LINE.check(part), LINE.check(part));
    }

    @Test
    void printsAsWrittenAndKnowsItsLexicons() {
        PatternLine l = new PatternLine(FramePattern.compile("@count [] @gpu @count"));
        assertEquals("pattern", l.key());
        assertEquals("@count [] @gpu @count", l.value());
        assertEquals("pattern: @count [] @gpu @count", l.toString());
        assertEquals("@count [] @gpu @count", l.pattern().toString());
        assertEquals(List.of("count", "gpu"), List.copyOf(l.lexicons()));
        assertEquals(Set.of("count", "gpu"), l.lexicons());
        assertEquals(new Prefilter.All(List.of(new Prefilter.Lexicon("count"), new Prefilter.Lexicon("gpu"),
                new Prefilter.Lexicon("count"))), l.prefilter());
        assertTrue(l.costly(), "patterns run TokensRegex: checked after cheap lines");
        assertFalse(l.lexicons().isEmpty());
    }
}
