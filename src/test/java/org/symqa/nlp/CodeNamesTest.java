package org.symqa.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tokens are code names, and the words they are made of. */
class CodeNamesTest {
    @ParameterizedTest
    @CsvSource({"learning_rate, learning rate", "_batch_size_, batch size", "train_test_split, train test split",
        "EarlyStopping, early stopping", "tf.keras.callbacks.EarlyStopping, early stopping",
        "ReduceLROnPlateau, reduce lr on plateau", "GlobalAveragePooling2D, global average pooling 2 d",
        "ResNet50, res net 50", "ImageNet, image net", "BATCH_SIZE, batch size"})
    void aCodeNameGivesItsWords(String token, String words) {
        assertEquals(Arrays.asList(words.split(" ")), CodeNames.words(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"learning", "Adam", "NVIDIA", "RTX3090", "iNaturalist", "learning-rate", "x_1", "_", "",
        "Early-Stopping", "rate_é", "Res_Net.v2", "L2", "conv_2"})
    void otherWordsAreNoCodeNames(String token) {
        assertEquals(List.of(), CodeNames.words(token));
    }
}
