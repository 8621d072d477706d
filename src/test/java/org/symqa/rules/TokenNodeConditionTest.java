package org.symqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What one token node {@code [...]} requires ({@link TokenNodeCondition}): {@code word} and {@code lemma} attributes
 * count, as a literal or a regex; {@code |}/{@code ||} need one side, {@code &}/{@code &&} and {@code ;} both;
 * negations, tags, quoted strings and other attributes may match anything.
 */
class TokenNodeConditionTest {

    private static String node(String inside) {
        return PatternConditionTest.show(PatternCondition.of("[" + inside + "]"));
    }

    @Test
    void wordAndLemmaAttributesAreRequired() {
        assertEquals("lemma=train", node("{lemma:train}"));
        assertEquals("word=GPUs", node("{word:GPUs}"));
        assertEquals("word=/GPUs?/", node("{word:/GPUs?/}"));
        assertEquals("lemma=/train|run/", node("{lemma:/train|run/}"));
    }

    @Test
    void spacesAroundKeysValuesAndOperatorsAreIgnored() {
        assertEquals("lemma=train", node(" { lemma : train } "));
        assertEquals("word=/a b/", node("{word: /a b/ }"));
        Prefilter.Attribute spaced = (Prefilter.Attribute) PatternCondition.of("[{word: /a b/ }]");
        assertEquals("a b", spaced.regex().pattern(), "a regex after 'key: ', not the literal '/a b/'");
        assertEquals("any(lemma=a | lemma=b)", node("{lemma:a}|{lemma:b}"));
        assertEquals("any(lemma=a | lemma=b)", node(" {lemma:a} | {lemma:b} "));
        assertEquals("all(lemma=a, word=b)", node("{lemma:a}&{word:b}"));
        assertEquals("all(lemma=a, word=b)", node(" {lemma:a} & {word:b} "));
    }

    @Test
    void otherAttributesAreUnknownBeforeTagging() {
        assertEquals("*", node("{tag:NN}"));
        assertEquals("*", node("{ner:PERSON}"));
        assertEquals("*", node("{tag:/NN.*/}"));
    }

    @Test
    void oneSideOfAnOrIsEnough() {
        assertEquals("any(lemma=train | word=/GPUs?/)", node("{lemma:train} | {word:/GPUs?/}"));
        assertEquals("any(lemma=a | lemma=b | lemma=c)", node("{lemma:a} || {lemma:b} | {lemma:c}"));
        assertEquals("*", node("{lemma:a} | {tag:NN}"));
        assertEquals("*", node("{tag:NN} || {lemma:a}"));
    }

    @Test
    void bothSidesOfAnAndAreRequired() {
        assertEquals("all(lemma=a, word=b)", node("{lemma:a} && {word:b}"));
        assertEquals("all(lemma=a, word=b, word=c)", node("{lemma:a} & {word:b} && {word:c}"));
        assertEquals("lemma=a", node("{lemma:a} & {tag:NN}"));
        assertEquals("lemma=a", node("{tag:NN} && {lemma:a}"));
    }

    @Test
    void semicolonsJoinAttributesOfOneToken() {
        assertEquals("all(word=a, lemma=b)", node("{word:a;lemma:b}"));
        assertEquals("all(word=a, lemma=b)", node("{ word:a ; lemma:b }"));
        assertEquals("lemma=train", node("{lemma:train; tag:/VB.*/}"));
        assertEquals("*", node("{tag:VB;ner:O}"));
    }

    /** Space may stand before a negation or group after an operator, and between a regex and the next ';'. */
    @Test
    void spacesBeforeNegationsGroupsAndSemicolons() {
        assertEquals("lemma=b", node("{lemma:b} & !{lemma:a}"));
        assertEquals("all(lemma=b, any(lemma=a | word=c))", node("{lemma:b} & ({lemma:a} | {word:c})"));
        assertEquals("all(word=/a/, lemma=b)", node("{word:/a/ ; lemma:b}"));
    }

    @Test
    void aNegationRequiresNothing() {
        assertEquals("*", node("!{lemma:a}"));
        assertEquals("*", node("! {lemma:a}"));
        assertEquals("*", node("!!{lemma:a}"));
        assertEquals("lemma=b", node("!{lemma:a} & {lemma:b}"));
        assertEquals("*", node("!({lemma:a} | {lemma:b})"));
    }

    @Test
    void parenthesesGroupInsideAToken() {
        assertEquals("all(any(lemma=a | lemma=b), word=c)", node("({lemma:a} | {lemma:b}) & {word:c}"));
        assertEquals("all(any(lemma=a | lemma=b), word=c)", node("( {lemma:a} | {lemma:b} ) && {word:c}"));
        assertEquals("any(all(lemma=a, word=c) | lemma=b)", node("({lemma:a} & {word:c}) | {lemma:b}"));
    }

    /** A slash escaped with a backslash stays in the regex; an escaped backslash does not escape the closing slash. */
    @Test
    void regexesEndAtTheFirstUnescapedSlash() {
        assertEquals("word=/a\\/b/", node("{word:/a\\/b/}"));
        assertEquals("word=/a\\\\/", node("{word:/a\\\\/}"));
        assertEquals("all(word=/x/, lemma=/y/)", node("{word:/x/;lemma:/y/}"));
    }

    /** Quoted and empty literals, and {@code ::} (a TokensRegex keyword), are not read: they may match anything. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "{word:\"GPU\"}# *",
        "{word:}# *",
        "{word: }# *",
        "{word:;lemma:b}# lemma=b",
        "{word:::IS_NUM}# *",
        "{word:a:b}# word=a:b",
        "{lemma: train }# lemma=train",
    })
    void literalsRunToTheNextBraceOrSemicolon(String inside, String want) {
        assertEquals(want, node(inside));
    }

    @Test
    void malformedNodesMayMatchAnything() {
        assertEquals("*", node("{lemma:train"));
        assertEquals("*", node("{lemma:train} |"));
        assertEquals("*", node("{lemma:train} &"));
        assertEquals("*", node("lemma:train"));
        assertEquals("*", node("({lemma:a} | {lemma:b}"));
        assertEquals("*", node("{lemma}"));
        assertEquals("*", PatternConditionTest.show(PatternCondition.of("[{lemma:a}")));
        assertEquals("*", PatternConditionTest.show(PatternCondition.of("[{lemma:a} {lemma:b}]")));
    }
}
