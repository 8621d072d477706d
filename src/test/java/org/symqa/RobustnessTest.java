package org.symqa;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symqa.prompt.PromptException;

/** Damaged prompts (cut anywhere, bytes dropped, lines shuffled) end in an answer or a PromptException, never a crash. */
class RobustnessTest {
    @Test
    void damagedPromptsNeverCrash() throws Exception {
        Symqa symqa = TestPipeline.get();
        Random random = new Random(7);
        List<Path> prompts;
        try (Stream<Path> s = Files.list(Path.of("testdata/prompts"))) {
            prompts = s.sorted().toList();
        }
        int answered = 0;
        int rejected = 0;
        for (Path p : prompts) {
            String text = Files.readString(p);
            for (int i = 0; i < 40; i++) {
                String damaged = switch (i % 4) {
                    case 0 -> text.substring(0, random.nextInt(text.length()));
                    case 1 -> text.substring(random.nextInt(text.length()));
                    case 2 -> dropSome(text, random);
                    default -> String.join("\n", shuffled(text.split("\n"), random));
                };
                try {
                    Result r = symqa.answer(damaged);
                    assertNotNull(r.answer().text());
                    answered++;
                } catch (PromptException e) {
                    assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
                    rejected++;
                }
            }
        }
        assertTrue(answered > 0 && rejected > 0, answered + " answered, " + rejected + " rejected");
    }

    private static String dropSome(String text, Random random) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (random.nextInt(20) != 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String[] shuffled(String[] lines, Random random) {
        for (int i = lines.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = lines[i];
            lines[i] = lines[j];
            lines[j] = t;
        }
        return lines;
    }
}
