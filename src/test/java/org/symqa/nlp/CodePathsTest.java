package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tokens are dotted paths of program code, and their last names. */
class CodePathsTest {
    @ParameterizedTest
    @CsvSource({"torch.optim.Adam, Adam", "tf.keras.optimizers.SGD, SGD", "tf.keras.applications.ResNet50, ResNet50",
        "nn.Conv2d, Conv2d", "my_models.UNet_v2, UNet_v2", "x.Y, Y", "sklearn.ensemble.RandomForestClassifier, RandomForestClassifier"})
    void aPathGivesItsLastName(String word, String name) {
        assertEquals(name, CodePaths.lastName(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"torch.optim.adam", "Torch.optim.Adam", "model.h5", "config.yaml", "U.S", "e.g", "e.g.",
        "3.5", "v1.2.Beta", "torch..Adam", ".Adam", "torch.", "torch.optim.Adam(", "torch.optim-x.Adam", "Adam", "",
        "torch.2Adam", "a.B-c"})
    void otherWordsAreNoPaths(String word) {
        assertNull(CodePaths.lastName(word));
    }
}
