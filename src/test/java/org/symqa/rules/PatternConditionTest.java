package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a TokensRegex pattern requires of an untagged sentence ({@link PatternCondition}): which elements a sequence
 * requires, how quantifiers make an element optional, how alternations and groups combine, and that whatever the
 * reader cannot read gives "may match". Conditions are compared through {@link #show}, a short text form.
 */
class PatternConditionTest {

    /** A short text form: {@code *} may match, {@code all(..)}, {@code any(..)}, {@code key=literal}, {@code key=/re/}, {@code @lexicon}. */
    static String show(Prefilter p) {
        if (p == Prefilter.Always.INSTANCE) {
            return "*";
        }
        if (p instanceof Prefilter.All a) {
            return a.parts().stream().map(PatternConditionTest::show).collect(Collectors.joining(", ", "all(", ")"));
        }
        if (p instanceof Prefilter.Any a) {
            return a.parts().stream().map(PatternConditionTest::show).collect(Collectors.joining(" | ", "any(", ")"));
        }
        if (p instanceof Prefilter.Attribute a) {
            return a.key() + "=" + (a.regex() != null ? "/" + a.regex().pattern() + "/" : a.literal());
        }
        if (p instanceof Prefilter.Lexicon l) {
            return "@" + l.name();
        }
        return String.valueOf(p);
    }

    private static String of(String pattern) {
        return show(PatternCondition.of(pattern));
    }

    @Test
    void aSequenceRequiresEachElementInOrderAndDropsWildcards() {
        assertEquals("all(lemma=train, @gpu)", of("[{lemma:train}] []{0,8} @gpu"));
        assertEquals("all(word=deep, word=learning)", of("deep learning"));
    }

    @Test
    void aSingleRequiredElementIsTheConditionItself() {
        assertEquals("word=train", of("train"));
        assertEquals("@gpu", of("@gpu"));
        assertEquals("lemma=train", of("[{lemma:train}]"));
    }

    @Test
    void leadingAndInnerSpacesAreSkipped() {
        assertEquals("word=a", of(" a"));
        assertEquals("all(word=a, word=b)", of("  a \t b  "));
        assertEquals("lemma=train", of("[ {lemma:train} ]"));
    }

    @Test
    void onlyWildcardsRequireNothing() {
        assertEquals("*", of("[]"));
        assertEquals("*", of("[ ]"));
        assertEquals("word=a", of("[ ] a"));
        assertEquals("word=a", of("[] a"));
        assertEquals("word=a", of("a []"));
        assertEquals("*", of(""));
    }

    /** The quantifiers that allow zero repetitions (?, *, {0,..}) make an element optional; +, {n>0} keep it required. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a? b; word=b",
        "a* b; word=b",
        "a+ b; all(word=a, word=b)",
        "a{0} b; word=b",
        "a{0,3} b; word=b",
        "a{1} b; all(word=a, word=b)",
        "a{2,} b; all(word=a, word=b)",
        "a{10,12} b; all(word=a, word=b)",
        "b a?; word=b",
        "b a+; all(word=b, word=a)",
        "b a{0,2}; word=b",
        "b a{1,2}; all(word=b, word=a)",
    })
    void quantifiersDecideWhetherAnElementIsRequired(String pattern, String want) {
        assertEquals(want, of(pattern));
    }

    /** A trailing ? or + after a quantifier (reluctant, possessive) is part of it, at the end of the pattern too. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a*? b; word=b",
        "a?? b; word=b",
        "a+? b; all(word=a, word=b)",
        "a++ b; all(word=a, word=b)",
        "a{0,2}? b; word=b",
        "a{1,2}+ b; all(word=a, word=b)",
        "b a*?; word=b",
        "b a+?; all(word=b, word=a)",
        "b a{0,1}?; word=b",
    })
    void reluctantAndPossessiveMarksBelongToTheQuantifier(String pattern, String want) {
        assertEquals(want, of(pattern));
    }

    @Test
    void anAlternationNeedsOneBranch() {
        assertEquals("any(word=a | word=b)", of("a | b"));
        assertEquals("any(word=a | word=b | @gpu)", of("a|b |@gpu"));
        assertEquals("any(all(word=a, word=b) | word=c)", of("a b | c"));
    }

    @Test
    void aConjunctionNeedsBothSidesAndBindsTighterThanAnAlternation() {
        assertEquals("all(@verb, lemma=run)", of("(?: @verb & [{lemma:run}] )"));
        assertEquals("all(word=x, all(@verb, lemma=run))", of("x (?: @verb & [{lemma:run}] )"));
        assertEquals("any(word=a | all(word=b, word=c))", of("a | b & c"));
        assertEquals("any(all(word=a, word=b) | word=c)", of("a & b | c"));
        assertEquals("word=c", of("[] & c"));
    }

    @Test
    void aBranchThatRequiresNothingMakesTheAlternationRequireNothing() {
        assertEquals("*", of("a | []"));
        assertEquals("*", of("[]* | b"));
        assertEquals("word=c", of("(?: a | [] ) c"));
    }

    @Test
    void groupsNestAlternationsInASequence() {
        assertEquals("all(any(word=a | word=b), word=c)", of("(?: a | b ) c"));
        assertEquals("all(any(word=a | word=b), word=c)", of("(a|b) c"));
        assertEquals("word=c", of("(?: a | b )? c"));
        assertEquals("all(word=x, any(@gpu | @tpu))", of("x (?:@gpu|@tpu)+"));
    }

    @Test
    void aNamedGroupsNameIsNotAWord() {
        assertEquals("all(word=a, word=b)", of("(?$value a b)"));
        assertEquals("all(@gpu, word=c)", of("(?$hw @gpu ) c"));
    }

    @Test
    void lexiconReferencesAndNumbers() {
        assertEquals("all(@hardware-device, @gpu_list)", of("@hardware-device @gpu_list"));
        assertEquals("word=/" + FramePattern.NUMBER_REGEX + "/", of(FramePattern.NUMBER));
        assertEquals("all(word=/" + FramePattern.NUMBER_REGEX + "/, word=epochs)", of("#NUM epochs"));
    }

    @Test
    void anchorsRequireNoToken() {
        assertEquals("word=a", of("^ a $"));
        assertEquals("all(@eval-metric, word=b)", of("^ @eval-metric b $"));
        assertEquals("*", of("^ $"));
        assertEquals("*", of("^ a $ |^ $"));
    }

    /** Text the reader does not understand, or that does not end where the pattern ends, may match anything. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a ) b",          // a stray ')' ends the pattern early
        "(a b",           // unclosed group
        "[{lemma:train}", // unclosed token
        "[{lemma:train}] ]",
        "(?= a) b",       // look-ahead and other group kinds
        "(?<n> a) b",
        "@ a",            // a lexicon reference without a name
        "a{x} b",         // a quantifier that is not a count
        "a{1 b",
        "% a",            // no element starts with '%'
        "[{word:/gpu}]",  // unclosed regex
    })
    void unreadablePatternsMayMatchAnything(String pattern) {
        assertEquals("*", of(pattern));
    }
}
