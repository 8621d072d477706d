package org.symqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Verdict;
import org.symqa.prompt.PromptException;
import org.symqa.text.Spaces;

/** Damaged prompts (cut anywhere, bytes dropped, lines shuffled) end in an answer or a PromptException, never a crash. */
class RobustnessTest {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)\\]");

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
                    assertSound(r, p + " damage " + i);
                    answered++;
                } catch (PromptException e) {
                    assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
                    rejected++;
                }
            }
        }
        assertTrue(answered > 0 && rejected > 0, answered + " answered, " + rejected + " rejected");
    }

    /**
     * What every answer must be, however damaged its prompt: a text with words, within the word limit, citing
     * only chunks the prompt has; evidence inside its chunk; the answered template (a general question's own, general-*) exactly when
     * answered.
     */
    private static void assertSound(Result r, String where) {
        String text = r.answer().text();
        assertFalse(text.isBlank(), where);
        if (r.prompt().wordLimit() > 0) {
            assertTrue(Spaces.words(text) < Math.max(2, r.prompt().wordLimit()), where + ": " + text);
        }
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            assertTrue(n >= 1 && n <= r.prompt().chunks().size(), where + ": cites [" + n + "]: " + text);
        }
        for (Evidence e : r.finding().evidence()) {
            assertTrue(e.chunk() <= r.prompt().chunks().size()
                    && e.end() <= r.prompt().chunks().get(e.chunk() - 1).length(), where + ": " + e);
        }
        String t = r.answer().template();
        assertEquals(r.finding().verdict() == Verdict.ANSWERED, t.startsWith("answered") || t.startsWith("general-"),
                where + ": template " + r.answer().template() + " for " + r.finding().verdict());
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
