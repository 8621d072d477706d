package org.symqa.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.evidence.Evidence;

/**
 * A prompt with Windows or old Mac line ends is read as the same prompt with Unix ones: same chunks (counted on
 * the normalised text), same answer; its chunks keep their own line ends, and evidence offsets point into them.
 */
class LineEndsTest {
    @Test
    void crlfAndCrPromptsGiveTheSameChunksAnswersAndEvidence() throws Exception {
        Symqa symqa = TestPipeline.get();
        for (String name : List.of("hardware-answered.txt", "plain-question.txt", "postprocessing-partial.txt", "deployment-none.txt")) {
            String lf = Files.readString(Path.of("testdata/prompts", name));
            Result expected = symqa.answer(lf);
            for (String end : List.of("\r\n", "\r")) {
                String other = lf.replace("\n", end);
                Result r = symqa.answer(other);
                assertEquals(expected.prompt().chunks().size(), r.prompt().chunks().size(), name);
                for (int i = 0; i < r.prompt().chunks().size(); i++) {
                    assertEquals(expected.prompt().chunks().get(i), r.prompt().chunks().get(i).replace(end, "\n"), name);
                }
                assertEquals(expected.answer().text(), r.answer().text(), name);
                assertEquals(expected.finding().verdict(), r.finding().verdict(), name);
                List<Evidence> a = expected.finding().evidence();
                List<Evidence> b = r.finding().evidence();
                assertEquals(a.size(), b.size(), name);
                for (int k = 0; k < a.size(); k++) {
                    String lfSpan = expected.prompt().chunks().get(a.get(k).chunk() - 1).substring(a.get(k).start(), a.get(k).end());
                    String span = r.prompt().chunks().get(b.get(k).chunk() - 1).substring(b.get(k).start(), b.get(k).end());
                    assertEquals(lfSpan, span.replace(end, "\n"), name + ": evidence " + k);
                    assertEquals(a.get(k).text(), b.get(k).text(), name);
                }
                if (end.equals("\r\n") && !b.isEmpty() && lf.contains("\n")) {
                    assertFalse(r.prompt().chunks().stream().noneMatch(c -> c.contains("\r\n")), name + ": chunks keep \\r\\n");
                }
            }
        }
    }
}
