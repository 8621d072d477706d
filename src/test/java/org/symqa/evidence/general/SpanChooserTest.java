package org.symqa.evidence.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symqa.evidence.general.GeneralKit.items;
import static org.symqa.evidence.general.GeneralKit.question;
import static org.symqa.evidence.general.GeneralKit.span;
import static org.symqa.evidence.general.GeneralKit.tagged;
import static org.symqa.evidence.general.GeneralKit.type;

import org.junit.jupiter.api.Test;
import org.symqa.rules.SentenceView;

/**
 * Which spans can answer a general question, and which span of the type's shape is taken when no rewrite matched:
 * on hand-tagged sentences and the small shapes of {@link GeneralKit}, each rule at its edge.
 */
class SpanChooserTest {
    private static final SpanChooser CHOOSER = new SpanChooser(new SpanShapes(GeneralKit.SETTINGS), GeneralKit.SETTINGS);

    private static final Question WHAT_SOFTWARE = question(type(AnswerShape.CLAUSE, null),
            "What/WP software/NN analysed/VBD the/DT calls/NNS ?/.", "software analysed calls");
    private static final Question HOW_MANY_SITES = question(type(AnswerShape.NUMBER, null),
            "How/WRB many/JJ sites/NNS/site were/VBD surveyed/VBN ?/.", "sites surveyed");
    private static final Question WHEN_CENSUS = question(type(AnswerShape.DATE, null),
            "When/WRB was/VBD the/DT census/NN taken/VBN ?/.", "census taken");
    private static final Question WHICH_DEVICE = question(type(AnswerShape.NAME, null),
            "Which/WDT device/NN was/VBD tested/VBN ?/.", "device tested");
    private static final Question WHICH_SOFTWARE = question(type(AnswerShape.NAME, null),
            "Which/WDT software/NN was/VBD used/VBN ?/.", "software used");

    private static String best(Question q, String sentence) {
        SentenceView v = tagged(sentence);
        return GeneralKit.words(v, CHOOSER.best(q, v));
    }

    // --- answers(): a span says something the question does not, and holds what the type needs

    @Test
    void aSpanAnswersWhenItHoldsAtLeastAsManyNewWordsAsQuestionWords() {
        SentenceView v = tagged("We/PRP analysed/VBD bat/NN calls/NNS with/IN Kaleidoscope/NNP Pro/NNP ./.");
        assertTrue(CHOOSER.answers(WHAT_SOFTWARE, v, span(2, 4)), "bat calls: one new word, one of the question's");
        assertFalse(CHOOSER.answers(WHAT_SOFTWARE, v, span(1, 4)), "analysed bat calls: one new word, two old ones");
        assertTrue(CHOOSER.answers(WHAT_SOFTWARE, v, span(4, 7)), "with Kaleidoscope Pro");
    }

    @Test
    void functionWordsAndPunctuationAreNoNewWords() {
        SentenceView v = tagged("We/PRP analysed/VBD bat/NN calls/NNS with/IN the/DT Kaleidoscope/NNP ./.");
        assertFalse(CHOOSER.answers(WHAT_SOFTWARE, v, span(4, 6)), "with the");
        assertFalse(CHOOSER.answers(WHAT_SOFTWARE, v, span(7, 8)), ".");
        SentenceView w = tagged("Bats/NNS made/VBD the/DT calls/NNS ./.");
        assertFalse(CHOOSER.answers(WHAT_SOFTWARE, w, span(2, 4)), "the calls: 'the' is no new word");
    }

    @Test
    void anyWordOfTheQuestionCountsAsItsOwnNotOnlyItsContentWords() {
        Question q = question(type(AnswerShape.CLAUSE, null), "How/WRB many/JJ calls/NNS were/VBD recorded/VBN ?/.",
                "calls recorded");
        SentenceView v = tagged("Many/JJ calls/NNS were/VBD recorded/VBN at/IN night/NN ./.");
        assertFalse(CHOOSER.answers(q, v, span(0, 2)), "Many calls: 'many' is the question's too");
        assertTrue(CHOOSER.answers(q, v, span(4, 6)), "at night");
    }

    @Test
    void aSpanWithTheFocusHeadAnswersWithFewerNewWords() {
        SentenceView v = tagged("We/PRP used/VBD an/DT SM4/NNP recorder/NN ./.");
        Question withHead = question(type(AnswerShape.NAME, null), "Which/WDT recorder/NN was/VBD used/VBN ?/.",
                "recorder used");
        Question otherHead = question(type(AnswerShape.NAME, null),
                "Which/WDT microphone/NN was/VBD used/VBN with/IN the/DT recorder/NN ?/.", "microphone used recorder");
        assertTrue(CHOOSER.answers(withHead, v, span(1, 5)), "used an SM4 recorder holds the head 'recorder'");
        assertFalse(CHOOSER.answers(otherHead, v, span(1, 5)), "the head is 'microphone': two old words, one new");
        Question byTeam = question(type(AnswerShape.NAME, null),
                "Which/WDT recorder/NN was/VBD used/VBN by/IN the/DT team/NN ?/.", "recorder used team");
        SentenceView w = tagged("The/DT team/NN used/VBD an/DT SM4/NNP recorder/NN ./.");
        assertFalse(CHOOSER.answers(byTeam, w, span(1, 5)), "team used an SM4: the head stands after the span, not in it");
    }

    @Test
    void aNameNeedsAWordThatIsNoNumberAndNotTheQuestions() {
        SentenceView v = tagged("We/PRP used/VBD 12/CD units/NNS ./.");
        Question name = question(type(AnswerShape.NAME, null), "Which/WDT recorder/NN was/VBD used/VBN ?/.",
                "recorder used");
        assertFalse(CHOOSER.answers(name, v, span(2, 3)), "12 names nothing");
        assertTrue(CHOOSER.answers(name, v, span(2, 4)), "12 units");
        assertTrue(CHOOSER.answers(name, v, span(3, 4)), "units");
        Question number = question(type(AnswerShape.NUMBER, null), "How/WRB many/JJ recorders/NNS were/VBD used/VBN ?/.",
                "recorders used");
        assertTrue(CHOOSER.answers(number, v, span(2, 3)), "12 answers a number question");
        Question units = question(type(AnswerShape.NAME, null), "Which/WDT units/NNS were/VBD used/VBN ?/.",
                "units used");
        assertFalse(CHOOSER.answers(units, v, span(2, 4)), "12 units: its only naming word is the question's");
    }

    @Test
    void whatTheTypeNeedsMustLieInsideTheSpanEvenAtItsEdges() {
        Question howLong = question(type(AnswerShape.NUMBER, items("weeks | days")),
                "How/WRB long/JJ did/VBD training/NN last/VB ?/.", "training last");
        SentenceView v = tagged("Training/NN lasted/VBD/last 12/CD weeks/NNS ./.");
        assertTrue(CHOOSER.answers(howLong, v, span(2, 4)), "12 weeks: the unit ends the span");
        assertTrue(CHOOSER.answers(howLong, v, span(3, 4)), "weeks: the unit is the span");
        assertFalse(CHOOSER.answers(howLong, v, span(2, 3)), "12: no unit of time");
    }

    // --- best(): numbers that count the question's noun

    @Test
    void aNumberFollowedByANounTheQuestionDoesNotCountIsNoAnswer() {
        Question q = question(type(AnswerShape.NUMBER, null),
                "How/WRB many/JJ bird/NN species/NNS were/VBD recorded/VBN ?/.", "bird species recorded");
        // both numbers stand one word from a question word; the first counts sites
        assertEquals("132", best(q, "Observers/NNS recorded/VBD 12/CD sites/NNS with/IN 132/CD bird/NN species/NNS ./."));
        assertEquals("null", best(HOW_MANY_SITES, "We/PRP surveyed/VBD 12/CD wetlands/NNS ./."));
        assertEquals("null", best(HOW_MANY_SITES, "We/PRP surveyed/VBD a/DT dozen/NN wetlands/NNS ./."),
                "a number of one word that is no CD still needs the noun after it");
    }

    @Test
    void theCountedNounMatchesByLemmaOrWordForm() {
        assertEquals("12", best(HOW_MANY_SITES, "We/PRP surveyed/VBD 12/CD small/JJ coastal/JJ sites/NNS/site ./."));
        assertEquals("12", best(HOW_MANY_SITES, "We/PRP surveyed/VBD 12/CD sites/NNS/sites ./."),
                "'sites' left unlemmatised is still 'site'");
    }

    @Test
    void theCountedNounIsLookedForUpToFiveWordsAfterTheNumber() {
        assertEquals("null", best(HOW_MANY_SITES,
                "We/PRP surveyed/VBD 12/CD small/JJ and/CC large/JJ coastal/JJ wetlands/NNS ./."), "5th word: wetlands");
        assertEquals("12", best(HOW_MANY_SITES,
                "We/PRP surveyed/VBD 12/CD small/JJ and/CC large/JJ coastal/JJ inland/JJ wetlands/NNS ./."),
                "6th word: too far to decide");
    }

    @Test
    void aNumberWithoutANounAfterItCounts() {
        assertEquals("12", best(HOW_MANY_SITES, "We/PRP surveyed/VBD 12/CD ./."), "a word that is no modifier stops");
        assertEquals("12", best(HOW_MANY_SITES, "Sites/NNS/site surveyed/VBN :/: 12/CD"), "the sentence ends");
    }

    @Test
    void aUnitOrAPercentMakesANumberCountable() {
        Question howLong = question(type(AnswerShape.NUMBER, null), "How/WRB long/JJ were/VBD birds/NNS/bird recorded/VBN ?/.",
                "birds recorded");
        assertEquals("40 minutes", best(howLong, "Observers/NNS recorded/VBD 40/CD minutes/NNS of/IN song/NN ./."));
        Question howOften = question(type(AnswerShape.NUMBER, null),
                "How/WRB often/RB were/VBD birds/NNS/bird recorded/VBN ?/.", "birds recorded");
        assertEquals("46%", best(howOften, "Birds/NNS/bird were/VBD recorded/VBN on/IN 46%/CD of/IN visits/NNS ./."));
    }

    // --- best(): the score of a span

    @Test
    void onATieTheFirstSpanWins() {
        assertEquals("2019", best(WHEN_CENSUS,
                "The/DT study/NN ran/VBD in/IN 2019/CD ;/: a/DT second/JJ one/NN in/IN 2021/CD ./."));
    }

    @Test
    void theSpanNearestAQuestionWordWins() {
        Question q = question(type(AnswerShape.DATE, null), "When/WRB were/VBD nests/NNS/nest counted/VBN/count ?/.",
                "nests counted");
        // 2019 is three words after "nests"; 2021 stands right before "counts"
        assertEquals("2021", best(q, "Nests/NNS/nest rose/VBD by/IN 2019/CD ,/, but/CC 2021/CD counts/NNS/count fell/VBD ./."));
        // 2019 stands two words before "census"; 2021 right after it
        assertEquals("2021", best(WHEN_CENSUS, "Data/NNS from/IN 2019/CD and/CC census/NN 2021/CD were/VBD merged/VBN ./."));
    }

    @Test
    void aSpanInParenthesesLosesToOneOutside() {
        assertEquals("2021", best(WHEN_CENSUS, "The/DT survey/NN (/( 2019/CD )/) was/VBD repeated/VBN in/IN 2021/CD ./."));
    }

    @Test
    void aSpanWithANameWinsCapitalsOrLettersAndDigitsMixed() {
        assertEquals("January 2021", best(WHEN_CENSUS,
                "The/DT survey/NN ran/VBD in/IN 2019/CD and/CC again/RB in/IN January/NNP 2021/CD ./."));
        assertEquals("an sm4 chip", best(WHICH_DEVICE, "We/PRP tried/VBD a/DT microphone/NN with/IN an/DT sm4/NN chip/NN ./."));
        assertEquals("a Song Meter", best(WHICH_DEVICE, "We/PRP tried/VBD a/DT microphone/NN with/IN a/DT Song/NNP Meter/NNP ./."));
        assertEquals("a microphone", best(WHICH_DEVICE, "We/PRP tried/VBD a/DT microphone/NN with/IN 4/CD chips/NNS ./."),
                "digits alone make no name");
    }

    @Test
    void aNameHoldingTheFocusHeadWinsThoughItRepeatsAQuestionWord() {
        Question q = question(type(AnswerShape.NAME, null), "Which/WDT recorder/NN was/VBD deployed/VBN ?/.",
                "recorder deployed");
        // recorder boxes: 1 for the head, minus 0.5 for repeating it; a microphone: 1/3 for "recorder" 3 words before
        assertEquals("recorder boxes", best(q, "We/PRP tried/VBD recorder/NN boxes/NNS with/IN a/DT microphone/NN ./."));
    }

    @Test
    void aNameRepeatingAQuestionWordThatIsNotTheHeadLosesHalfAPointForIt() {
        Question q = question(type(AnswerShape.NAME, null),
                "Which/WDT recorder/NN was/VBD placed/VBN near/IN the/DT nest/NN ?/.", "recorder placed nest");
        // a nest camera: nothing near it, minus 0.5 for "nest"; a microphone: 1/3 for "nest" three words before it
        assertEquals("a microphone", best(q, "We/PRP tried/VBD a/DT nest/NN camera/NN with/IN a/DT microphone/NN ./."));
    }

    @Test
    void aPlaceRightAfterALocativeWordWins() {
        Question q = question(type(AnswerShape.PLACE, null), "Where/WRB were/VBD birds/NNS/bird ringed/VBN/ring ?/.",
                "birds ringed");
        // Oslo stands right before "ringed" (1 + 0.5 for the name); Bergen two words after "birds" (0.5 + 0.5 + 1)
        assertEquals("Bergen", best(q, "Observers/NNS from/IN Oslo/NNP ringed/VBD/ring birds/NNS/bird in/IN Bergen/NNP ./."));
    }

    @Test
    void aNameAfterTheFocusHeadIsTakenWithoutTheHead() {
        assertEquals("Kaleidoscope Pro 5", best(WHICH_SOFTWARE,
                "Calls/NNS were/VBD analysed/VBN with/IN the/DT software/NN Kaleidoscope/NNP Pro/NNP 5/CD ./."));
        assertEquals("Kaleidoscope", best(WHICH_SOFTWARE,
                "Calls/NNS were/VBD analysed/VBN with/IN software/NN Kaleidoscope/NNP ./."));
        assertEquals("the software package seewave", best(WHICH_SOFTWARE,
                "Calls/NNS were/VBD analysed/VBN with/IN the/DT software/NN package/NN seewave/NN ./."),
                "a common noun after the head: the phrase stays whole");
    }
}
