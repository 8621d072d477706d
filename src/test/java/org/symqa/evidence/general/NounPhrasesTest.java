package org.symqa.evidence.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symqa.evidence.general.GeneralKit.tagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.rules.SentenceView;

/**
 * Noun phrases read off hand-tagged sentences: what may end a phrase, how long a parenthetical may be to belong to
 * it, and when phrases make a list; spans come sorted by start, the longer first.
 */
class NounPhrasesTest {
    private static final NounPhrases PHRASES = new NounPhrases(GeneralKit.items("\",\" | and | or"));

    private static List<String> phrases(String sentence) {
        SentenceView v = tagged(sentence);
        return GeneralKit.words(v, PHRASES.of(v));
    }

    @Test
    void phrasesJoinedByOneOrTwoJoiningWordsMakeAList() {
        assertEquals(List.of("Two historians", "persons , locations and organisations", "persons",
                        "locations and organisations", "locations", "organisations"),
                phrases("Two/CD historians/NNS marked/VBD persons/NNS ,/, locations/NNS and/CC organisations/NNS ./."));
        assertEquals(List.of("GBIF , and OBIS", "GBIF", "OBIS"), phrases("GBIF/NNP ,/, and/CC OBIS/NNP"));
        assertEquals(List.of("GBIF", "OBIS"), phrases("GBIF/NNP ,/, and/CC ,/, OBIS/NNP"), "three joining words");
        assertEquals(List.of("Birds", "night"), phrases("Birds/NNS were/VBD seen/VBN at/IN night/NN ./."));
        assertEquals(List.of("the GDS ( Yesavage )", "scores"), phrases("the/DT GDS/NNP (/( Yesavage/NNP )/) scores/NNS"),
                "no joining word between them");
    }

    @Test
    void aParentheticalOfUpToFiveWordsBelongsToThePhraseBeforeIt() {
        assertEquals("the Geriatric Depression Scale ( GDS - 15 , short )", phrases(
                "the/DT Geriatric/NNP Depression/NNP Scale/NNP (/( GDS/NNP -/HYPH 15/CD ,/, short/JJ )/) was/VBD used/VBN")
                .get(0));
        assertEquals("the Geriatric Depression Scale", phrases(
                "the/DT Geriatric/NNP Depression/NNP Scale/NNP (/( GDS/NNP -/HYPH 15/CD ,/, short/JJ form/NN )/) was/VBD used/VBN")
                .get(0), "six words");
        assertEquals(List.of("the Scale", "GDS"), phrases("the/DT Scale/NNP (/( GDS/NNP"), "a parenthesis left open");
    }

    @Test
    void aParticipleBelongsToAPhraseOnlyBeforeItsFirstNoun() {
        assertEquals(List.of("the trained model"), phrases("We/PRP used/VBD the/DT trained/VBN model/NN ./."));
        assertEquals(List.of("The model", "ResNet features"), phrases("The/DT model/NN used/VBN ResNet/NNP features/NNS ./."));
    }

    @Test
    void aPhraseEndsOnANounANumberAForeignWordOrACapitalisedAdjective() {
        assertEquals(List.of("Prolific"), phrases("We/PRP recruited/VBD on/IN Prolific/JJ ./."));
        assertEquals(List.of("vivo"), phrases("measured/VBN in/IN vivo/FW"));
        assertEquals(List.of("12"), phrases("We/PRP saw/VBD 12/CD ./."));
        assertEquals(List.of(), phrases("It/PRP was/VBD the/DT large/JJ ./."), "an adjective ends no phrase");
        assertEquals(List.of("12 sites"), phrases("Overall/JJ ,/, 12/CD sites/NNS ./."),
                "the sentence's first word is capitalised anyway: it makes no name");
    }
}
