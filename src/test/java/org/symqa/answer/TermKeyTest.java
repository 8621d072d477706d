package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aShorterTermIsWithinALongerOneWhenItsWordsStandInARow() {
        assertTrue(TermKey.within("neural network", "deep neural network"));
        assertTrue(TermKey.within("deep neural", "deep neural network"));
        assertTrue(TermKey.within("densenet", "densenet201"), "a version tail");
        assertTrue(TermKey.within("resnet", "resnet50v2"));
        assertTrue(TermKey.within("resnet", "resnet50 cnn"));
        assertFalse(TermKey.within("neural network", "neural network"), "not within itself");
        assertFalse(TermKey.within("deep network", "deep neural network"), "not in a row");
        assertFalse(TermKey.within("net", "resnet"), "not the end of a word");
        assertTrue(TermKey.within("efficientnet", "efficientnetb0"), "a letter, then the version number");
        assertFalse(TermKey.within("efficient", "efficientnet"), "a tail that is no version");
        assertFalse(TermKey.within("yolo", "yolobv5"), "two letters before the number");
        assertFalse(TermKey.within("deep neural network", "neural network"));
    }
}
