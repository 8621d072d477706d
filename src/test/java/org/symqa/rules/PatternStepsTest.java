package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a pattern is cut into top-level steps, and how far it gets in a sentence where it does not match. */
class PatternStepsTest {
    @Test
    void splitsPatternsIntoTopLevelSteps() {
        assertEquals(List.of("[{lemma:/train|run/}]", "[]{0,8}", "(?: @gpu | [{word:/a b/}] )"),
                PatternSteps.split("[{lemma:/train|run/}] []{0,8} (?: @gpu | [{word:/a b/}] )"));
    }

    @Test
    void runsOfSpaceAtTheEdgesOrBetweenStepsGiveNoEmptySteps() {
        assertEquals(List.of("a", "b"), PatternSteps.split("  a \t  b  "));
        assertEquals(List.of("a"), PatternSteps.split("a "));
        assertEquals(List.of(), PatternSteps.split("   "));
        assertEquals(List.of(), PatternSteps.split(""));
    }

    /** Brackets inside a regex do not count, so an unbalanced one there does not swallow the following steps. */
    @Test
    void bracketsInsideARegexAreText() {
        assertEquals(List.of("[{word:/a)/}]", "b", "c"), PatternSteps.split("[{word:/a)/}] b c"));
        assertEquals(List.of("[{word:/[x/}]", "b"), PatternSteps.split("[{word:/[x/}] b"));
    }

    /** An escaped slash neither opens nor closes a regex; a regex may begin with a backslash. */
    @Test
    void escapedSlashesDoNotEndARegex() {
        assertEquals(List.of("[{word:/a\\/)/}]", "b"), PatternSteps.split("[{word:/a\\/)/}] b"));
        assertEquals(List.of("[{word:/\\)/}]", "b"), PatternSteps.split("[{word:/\\)/}] b"));
    }

    /** A slash outside any bracket is not a regex: the space after it still separates steps. */
    @Test
    void slashesAtTopLevelAreText() {
        assertEquals(List.of("a/b", "c"), PatternSteps.split("a/b c"));
    }

    private static final PatternSteps STEPS = new PatternSteps("[{lemma:train}] []{0,2} [{word:GPUs}] [{word:today}]");

    @Test
    void aFullMatchReportsEveryStepAndNoStoppingPoint() {
        PatternSteps.Progress p = STEPS.progress(Tagged.view("We trained/train on GPUs today"));
        assertEquals(new PatternSteps.Progress(4, 4, new Span(1, 5), null), p);
    }

    @Test
    void aPartialMatchNamesTheFirstStepThatFailed() {
        assertEquals(new PatternSteps.Progress(2, 4, new Span(1, 4), "[{word:GPUs}]"),
                STEPS.progress(Tagged.view("We trained/train on CPUs today")));
        assertEquals(new PatternSteps.Progress(3, 4, new Span(1, 4), "[{word:today}]"),
                STEPS.progress(Tagged.view("We trained/train on GPUs")));
    }

    @Test
    void noMatchStopsAtTheFirstStep() {
        assertEquals(new PatternSteps.Progress(0, 4, null, "[{lemma:train}]"), STEPS.progress(Tagged.view("Nothing here")));
    }

    /** A prefix that does not compile on its own ("a |") is skipped, not taken as the point where matching stopped. */
    @Test
    void prefixesThatDoNotCompileAreSkipped() {
        PatternSteps alt = new PatternSteps("[{word:a}] | [{word:b}]");
        assertEquals(new PatternSteps.Progress(3, 3, new Span(0, 1), null), alt.progress(Tagged.view("a x")));
    }
}
