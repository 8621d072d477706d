package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.prompt.AnswerFormat;
import org.symqa.prompt.Prompt;

/**
 * The order of the "chunks mention" sentence of an unanswered reply, as written with the rules of the repository: the
 * kinds rules/about.txt names first for the question's topic come first, the others in file order, and a kind named
 * only for some topics is left out of the others' replies.
 */
class AboutOrderTest {
    private static final String CHUNK = "We classified bird calls with a ResNet-50 network on spectrograms. "
            + "The lab owns an NVIDIA GPU.";
    private final Symqa symqa = TestPipeline.get();

    private String reply(String question) {
        return symqa.answer(new Prompt(question, List.of(CHUNK), 0, AnswerFormat.PLAIN)).answer().text();
    }

    @Test
    void aHardwareQuestionNamesTheDevicesFirst() {
        String r = reply("Which hardware resources are used for training the deep learning model (e.g., GPU, TPU)?");
        assertTrue(r.contains("The chunks mention NVIDIA GPU [1] and ResNet-50 [1]."), r);
    }

    @Test
    void aDeploymentPlatformQuestionNamesTheDevicesToo() {
        String r = reply("Which platform was used to deploy the deep learning model (e.g., AWS, Azure, Google Cloud "
                + "platform)?");
        assertTrue(r.contains("The chunks mention NVIDIA GPU [1] and ResNet-50 [1]."), r);
    }

    /** Devices are a kind: only [hardware ...] line: a question of another topic names the model alone. */
    @Test
    void anotherTopicNamesNoDevice() {
        String r = reply("What strategies are employed to handle randomness in the deep learning pipeline (e.g., "
                + "random seed value)?");
        assertTrue(r.contains("The chunks mention ResNet-50 [1]."), r);
        assertTrue(!r.contains("GPU"), r);
    }
}
