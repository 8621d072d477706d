package org.symqa.evidence.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.symqa.evidence.general.GeneralKit.question;
import static org.symqa.evidence.general.GeneralKit.rewrite;
import static org.symqa.evidence.general.GeneralKit.tagged;
import static org.symqa.evidence.general.GeneralKit.type;

import org.junit.jupiter.api.Test;
import org.symqa.rules.SentenceView;

/**
 * Where a rewrite finds the answer in a sentence: the focus as a run of the question's words that holds its head,
 * the verb, gaps of at most {@code rewrite-gap} words, words of the rule (longest first, a comma opening an
 * apposition), and which match wins (most focus words, then fewest words skipped, then the leftmost); a number
 * answer takes in the focus after it. On hand-tagged sentences with a gap of 4, as in rules/general.txt.
 */
class RewriteMatcherTest {
    private static final int GAP = 4;
    private static final SpanShapes SHAPES = new SpanShapes(GeneralKit.SETTINGS);
    private static final RewriteMatcher MATCHER = new RewriteMatcher(SHAPES, new SpanChooser(SHAPES, GeneralKit.SETTINGS),
            GAP);

    private static final Question DIVE = question(type(AnswerShape.CLAUSE, null, rewrite("FOCUS ... be ANSWER")),
            "What/WP is/VBZ/be the/DT duration/NN of/IN a/DT dive/NN ?/.", "duration dive");
    private static final Question RESIDENTS = question(type(AnswerShape.NUMBER, null, rewrite("ANSWER ... FOCUS")),
            "How/WRB many/JJ residents/NNS/resident were/VBD interviewed/VBN ?/.", "residents interviewed");

    private static String answer(Question q, String sentence) {
        SentenceView v = tagged(sentence);
        RewriteMatcher.Found f = MATCHER.find(q, v);
        return f == null ? "null" : GeneralKit.words(v, f.span());
    }

    private static String rewriteOf(Question q, String sentence) {
        RewriteMatcher.Found f = MATCHER.find(q, tagged(sentence));
        return f == null || f.rewrite() == null ? "none" : f.rewrite().source();
    }

    @Test
    void theFocusThenBeThenTheClause() {
        assertEquals("40 seconds , on average", answer(DIVE,
                "The/DT duration/NN of/IN the/DT dive/NN is/VBZ/be 40/CD seconds/NNS ,/, on/IN average/NN ./."));
        assertEquals("40 seconds", answer(DIVE,
                "Durations/NNS/durations of/IN dives/NNS/dive are/VBP/be 40/CD seconds/NNS ./."),
                "'Durations' left unlemmatised is still the head 'duration'");
    }

    @Test
    void withoutTheFocusOrItsHeadNothingMatches() {
        assertNull(MATCHER.find(DIVE, tagged("It/PRP is/VBZ/be unclear/JJ ./.")), "no focus at all");
        assertNull(MATCHER.find(DIVE, tagged("The/DT dive/NN is/VBZ/be deep/JJ ./.")), "'dive' without the head 'duration'");
    }

    @Test
    void aGapSkipsAtMostRewriteGapWords() {
        assertEquals("40 seconds", answer(DIVE,
                "The/DT duration/NN of/IN the/DT dive/NN in/IN the/DT winter/NN months/NNS is/VBZ/be 40/CD seconds/NNS ./."));
        assertNull(MATCHER.find(DIVE, tagged(
                "The/DT duration/NN of/IN the/DT dive/NN in/IN the/DT cold/JJ winter/NN months/NNS is/VBZ/be 40/CD seconds/NNS ./.")),
                "five words between the focus and 'is'");
    }

    @Test
    void theMatchWithMoreFocusWordsWins() {
        assertEquals("60 seconds", answer(DIVE,
                "The/DT duration/NN is/VBZ/be 40/CD seconds/NNS ;/: the/DT dive/NN duration/NN is/VBZ/be 60/CD seconds/NNS ./."));
    }

    @Test
    void focusWordsMayStandUpToTwoWordsApart() {
        // "duration of the dive": two words between; both matches hold both focus words, the leftmost wins
        assertEquals("40 seconds", answer(DIVE, "The/DT duration/NN of/IN the/DT dive/NN is/VBZ/be 40/CD seconds/NNS ;/: "
                + "the/DT dive/NN duration/NN is/VBZ/be 60/CD seconds/NNS ./."));
        // "duration of the deep dive": three words between, so that focus holds "duration" only
        assertEquals("60 seconds", answer(DIVE, "The/DT duration/NN of/IN the/DT deep/JJ dive/NN is/VBZ/be 40/CD seconds/NNS ;/: "
                + "the/DT dive/NN duration/NN is/VBZ/be 60/CD seconds/NNS ./."));
    }

    @Test
    void onEqualFocusTheMatchSkippingFewerWordsWins() {
        assertEquals("60 seconds in summer", answer(DIVE,
                "The/DT duration/NN of/IN the/DT dive/NN in/IN winter/NN is/VBZ/be 40/CD seconds/NNS ;/: "
                        + "the/DT duration/NN of/IN the/DT dive/NN is/VBZ/be 60/CD seconds/NNS in/IN summer/NN ./."));
    }

    @Test
    void aCommaOfTheRuleOpensAnAppositionThatEndsAtTheNextComma() {
        Question q = question(type(AnswerShape.CLAUSE, null, rewrite("FOCUS \",\" ANSWER")), "What/WP is/VBZ Ppara/NNP ?/.",
                "Ppara");
        assertEquals("a regulator of fatty acid oxidation", answer(q,
                "Ppara/NNP ,/, a/DT regulator/NN of/IN fatty/JJ acid/NN oxidation/NN ,/, increased/VBD ./."));
    }

    @Test
    void theVerbMatchesByLemmaOrWordForm() {
        Question q = question(type(AnswerShape.NAME, null, rewrite("VERB ANSWER")),
                "Which/WDT software/NN did/VBD they/PRP use/VB ?/.", "software use");
        assertEquals("Raven", answer(q, "They/PRP tested/VBD seewave/NN but/CC used/VBD/use Raven/NNP ./."));
        assertEquals("VERB ANSWER", rewriteOf(q, "They/PRP tested/VBD seewave/NN but/CC used/VBD/use Raven/NNP ./."));
        assertEquals("VERB ANSWER", rewriteOf(q, "They/PRP tested/VBD seewave/NN but/CC used/VBD Raven/NNP ./."),
                "'used' left unlemmatised");
        assertEquals("none", rewriteOf(q, "They/PRP tested/VBD seewave/NN and/CC Raven/NNP ./."),
                "no verb: the shape alone finds the span");
        assertEquals("seewave and Raven", answer(q, "They/PRP tested/VBD seewave/NN and/CC Raven/NNP ./."));
    }

    @Test
    void anAnswerBeforeTheVerbIsANameAsItStands() {
        Question q = question(type(AnswerShape.NAME, null, rewrite("ANSWER VERB")), "Who/WP funded/VBD the/DT study/NN ?/.",
                "funded study");
        assertEquals("The Wellcome Trust", answer(q, "The/DT Wellcome/NNP Trust/NNP funded/VBD it/PRP ./."));
        assertEquals("ANSWER VERB", rewriteOf(q, "The/DT Wellcome/NNP Trust/NNP funded/VBD it/PRP ./."));
    }

    @Test
    void theLongestWordsOfAStepAreTriedFirst() {
        Question q = question(type(AnswerShape.NAME, null, rewrite("VERB ... with | \"with the help of\" ANSWER")),
                "Which/WDT software/NN did/VBD they/PRP analyse/VB calls/NNS with/IN ?/.", "software analyse calls");
        assertEquals("Raven", answer(q, "We/PRP analysed/VBD/analyse calls/NNS with/IN the/DT help/NN of/IN Raven/NNP ./."));
    }

    @Test
    void aNumberTakesInTheFocusAfterItOverAtMostThreeModifiers() {
        assertEquals("412 elderly residents", answer(RESIDENTS,
                "We/PRP interviewed/VBD 412/CD elderly/JJ residents/NNS/resident ./."));
        assertEquals("412 nursing home residents", answer(RESIDENTS,
                "We/PRP interviewed/VBD 412/CD nursing/NN home/NN residents/NNS/resident"), "the sentence ends on the focus");
        assertEquals("412", answer(RESIDENTS,
                "We/PRP interviewed/VBD 412/CD elderly/JJ frail/JJ female/JJ Norwegian/JJ residents/NNS/resident ./."));
    }

    @Test
    void aNumberThatCountsSomethingElseIsNoAnswer() {
        assertNull(MATCHER.find(RESIDENTS, tagged("We/PRP interviewed/VBD 412/CD people/NNS")));
    }

    @Test
    void onATieTheLeftmostMatchWins() {
        assertEquals("12 residents", answer(RESIDENTS,
                "12/CD residents/NNS/resident died/VBD and/CC 412/CD residents/NNS/resident recovered/VBD ./."));
    }
}
