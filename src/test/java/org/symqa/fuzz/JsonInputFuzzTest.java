package org.symqa.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.symqa.prompt.JsonInput;
import org.symqa.prompt.PromptException;

/**
 * Any JSON-lines line is parsed strictly and read as a prompt, or refused with a one-line {@link PromptException}.
 * Seeds: {@code src/test/resources/org/symqa/fuzz/JsonInputFuzzTestInputs}.
 */
class JsonInputFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void parsesOrRefusesAnyLine(byte[] input) {
        String text = FuzzSupport.text(input);
        try {
            JsonNode node = JsonInput.parseObject(text);
            assertTrue(JsonInput.promptBytes(node) >= 0);
            FuzzSupport.symqa().reader().readJson(node);
        } catch (PromptException e) {
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
