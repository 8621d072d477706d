package org.symqa.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.symqa.prompt.Prompt;
import org.symqa.prompt.PromptException;

/**
 * Any text given as a prompt, in any layout (stuff-QA, plain, JSON), is read or refused with a one-line
 * {@link PromptException}; nothing else escapes. Seeds: {@code src/test/resources/org/symqa/fuzz/PromptReaderFuzzTestInputs}.
 */
class PromptReaderFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void readsOrRefusesAnyPrompt(byte[] input) {
        String text = FuzzSupport.text(input);
        try {
            Prompt p = FuzzSupport.symqa().reader().read(text);
            assertFalse(p.question().isBlank());
            for (String chunk : p.chunks()) {
                assertFalse(chunk.isBlank());
            }
        } catch (PromptException e) {
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
