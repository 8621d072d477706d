package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.symqa.lexicon.WordFamilies;
import org.symqa.resources.SourceException;

/** The shared key of facts and named terms: what counts as one term written twice. */
class TermKeyTest {
    private static String key(String text) {
        return TermKey.of(text, WordFamilies.none());
    }

    @Test
    void caseAndABrokenHyphenAreAside() {
        assertEquals(key("F1-score"), key("F1- score"));
        assertEquals(key("VGG-19"), key("VGG- 19"));
        assertEquals(key("EMViT-Net"), key("EMViT- Net"));
        assertEquals("f1-score", key("F1-Score"));
        assertNotEquals(key("F1-score"), key("F1 score"), "a hyphen is not a space");
    }

    @Test
    void bracketsAndThePluralOfEachWordAreAside() {
        assertEquals(key("convolutional neural network CNN"), key("Convolutional Neural Networks (CNNs)"));
        assertEquals(key("mean average precision"), key("means Average Precision"));
        assertEquals("gps cnn", key("[GPs] CNNs"));
    }

    @Test
    void theLooseKeyPutsHyphensAside() {
        assertEquals(TermKey.loose(key("SGED- ConvLSTM")), TermKey.loose(key("SGEDConvLSTM")));
        assertEquals(TermKey.loose(key("U-Net")), TermKey.loose(key("UNet")));
        assertNotEquals(key("U-Net"), key("UNet"), "the plain key keeps them");
    }

    @Test
    void aFinalPluralOfALongWordIsAside() {
        assertEquals(key("accuracy"), key("accuracies"));
        assertEquals(key("CNN"), key("CNNs"));
        assertEquals("gps", key("GPs"), "two letters before the s: kept (the s may be the word's)");
        assertEquals("cnn", key("CNNs"), "three letters before it: the boundary at which a plural s goes");
    }

    @Test
    void wordsOfAFamilyAreWrittenAsTheFamily() throws SourceException {
        WordFamilies families = WordFamilies.parse("families.txt", "rotation rotate\n");
        assertEquals(TermKey.of("random rotation", families), TermKey.of("random rotate", families));
        assertNotEquals(key("random rotation"), key("random rotate"), "without the family they differ");
    }
}
