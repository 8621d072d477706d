package org.symqa.evidence.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symqa.evidence.general.GeneralKit.span;
import static org.symqa.evidence.general.GeneralKit.tagged;
import static org.symqa.evidence.general.GeneralKit.words;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.rules.SentenceView;

/**
 * The edges of the answer shapes, on hand-tagged sentences and the small shapes of {@link GeneralKit} (the
 * repository's rules are in {@link SpanShapesTest}): numbers side by side, years in parentheses, months, place names
 * joined by a word, spans after a determiner, parentheses.
 */
class SpanShapesEdgesTest {
    private static final SpanShapes SHAPES = new SpanShapes(GeneralKit.SETTINGS);

    @Test
    void aNumberRightAfterAnotherNumbersUnitIsANumberOfItsOwn() {
        SentenceView v = tagged("Recall/NN was/VBD 46/CD %/NN 12/CD weeks/NNS after/IN training/NN ./.");
        assertEquals(List.of("46 %", "12 weeks"), words(v, SHAPES.numbers(v)));
    }

    @Test
    void aNumberTakesItsQualifierAndItsRange() {
        SentenceView v = tagged("We/PRP saw/VBD over/IN 3000/CD birds/NNS ;/: recall/NN ranged/VBD from/IN 9/CD to/TO 68/CD %/NN");
        assertEquals(List.of("over 3000", "from 9 to 68 %"), words(v, SHAPES.numbers(v)));
    }

    @Test
    void onlyAYearInParenthesesIsNoNumber() {
        SentenceView v = tagged("We/PRP found/VBD 984/CD species/NNS (/( Kahl/NNP ,/, 2021/CD )/) and/CC 12/CD "
                + "(/( 8/CD %/NN )/) in/IN 2019/CD ./.");
        assertEquals(List.of("984", "12", "8 %", "2019"), words(v, SHAPES.numbers(v)));
    }

    @Test
    void aMonthAndAYearSideBySideMakeOneDate() {
        SentenceView v = tagged("Birds/NNS were/VBD ringed/VBN in/IN January/NNP 2020/CD ./.");
        assertEquals(List.of("January 2020"), words(v, SHAPES.dates(v)));
    }

    @Test
    void aMonthIsNoPlace() {
        SentenceView v = tagged("We/PRP sampled/VBD in/IN January/NNP and/CC in/IN Oslo/NNP ./.");
        assertEquals(List.of("Oslo"), words(v, SHAPES.places(v)));
    }

    @Test
    void aCapitalisedWordInsideTheSentenceIsAPlaceUnlessItIsAVerbOrAnAdjectiveAlone() {
        SentenceView v = tagged("Birds/NNS were/VBD Ringed/VBN near/IN Bergen/NN ./.");
        assertEquals(List.of("Bergen"), words(v, SHAPES.places(v)), "Bergen tagged as a common noun");
        SentenceView w = tagged("We/PRP studied/VBD European/JJ birds/NNS ./.");
        assertEquals(List.of("European birds"), words(w, SHAPES.places(w)));
        SentenceView x = tagged("We/PRP thank/VBP Oslo/NNP");
        assertEquals(List.of("Oslo"), words(x, SHAPES.places(x)), "the sentence ends on the name");
    }

    @Test
    void theWordAfterAMonthMayBeAPlace() {
        SentenceView v = tagged("In/IN January/NNP Tromsø/NNP had/VBD snow/NN ./.");
        List<String> places = words(v, SHAPES.places(v));
        assertTrue(places.contains("Tromsø") && !places.contains("January"), places.toString());
    }

    @Test
    void aClauseFromAWordAfterAnAppositionsCommaEndsAtTheNextComma() {
        SentenceView v = tagged("Ppara/NNP ,/, a/DT regulator/NN of/IN fat/NN ,/, increased/VBD ./.");
        assertEquals("a regulator of fat", words(v, SHAPES.clause(v, 2, true)));
        assertEquals("a regulator of fat , increased", words(v, SHAPES.clause(v, 2, false)));
    }

    @Test
    void aPhraseWithAPlaceWordIsAPlaceEvenWhenTheWordIsAllOfIt() {
        SentenceView v = tagged("Birds/NNS nest/VBP in/IN wetlands/NNS/wetland ./.");
        assertEquals(List.of("wetlands"), words(v, SHAPES.places(v)));
    }

    @Test
    void aJoiningWordBetweenCapitalsMakesOnePlaceNameAndPlacesComeSortedByStartLongestFirst() {
        SentenceView v = tagged("We/PRP thank/VBP the/DT University/NNP of/IN Oslo/NNP ./.");
        assertEquals(List.of("the University", "University of Oslo", "Oslo"), words(v, SHAPES.places(v)));
        SentenceView cut = tagged("We/PRP thank/VBP the/DT University/NNP of/IN");
        assertEquals(List.of("the University", "University"), words(cut, SHAPES.places(cut)),
                "a joining word that ends the sentence joins nothing");
        SentenceView where = tagged("We/PRP worked/VBD in/IN Oslo/NNP ,/, where/WRB birds/NNS nest/VBP ./.");
        assertEquals(List.of("Oslo"), words(where, SHAPES.places(where)), "a joining word before no capital joins nothing");
    }

    @Test
    void aSpanMayStartOneDeterminerAfterTheWordAsked() {
        SentenceView v = tagged("Counts/NNS ran/VBD until/IN the/DT 2019/CD season/NN but/CC since/IN 2021/CD ./.");
        assertEquals("2019", words(v, SHAPES.at(AnswerShape.DATE, v, 3, false)), "after 'the'");
        assertEquals("2019", words(v, SHAPES.at(AnswerShape.DATE, v, 4, false)));
        assertNull(SHAPES.at(AnswerShape.DATE, v, 7, false), "'since' is no determiner");
        assertEquals("2021", words(v, SHAPES.at(AnswerShape.DATE, v, 8, false)));
    }

    @Test
    void aSpanIsInParenthesesWhenOneIsOpenBeforeIt() {
        SentenceView v = tagged("Counts/NNS (/( 2019/CD )/) rose/VBD in/IN 2021/CD ./.");
        assertTrue(SpanShapes.inParentheses(v, span(2, 3)));
        assertFalse(SpanShapes.inParentheses(v, span(6, 7)), "closed again before 2021");
        assertFalse(SpanShapes.inParentheses(v, span(1, 4)), "a span that opens a parenthesis is not inside one");
    }

    @Test
    void distinctDropsRepeatsAndEmptySpansInOrder() {
        assertEquals(List.of(span(1, 3), span(0, 1)),
                SpanShapes.distinct(List.of(span(1, 3), span(2, 2), span(1, 3), span(0, 1))));
    }
}
