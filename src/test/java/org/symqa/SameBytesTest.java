package org.symqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.cli.MainTestAccess;

/**
 * The same input gives the same bytes: {@code answer --json} twice on every test prompt, on each NLP backend, each
 * run on a pipeline of its own. (Left out of mutation testing: a mutant that changes an answer fails {@link GoldenTest} already.)
 */
class SameBytesTest {
    @Test
    void sameInputGivesSameBytes() throws Exception {
        List<Path> all = GoldenTest.promptFiles();
        assertFalse(all.isEmpty());
        for (String nlp : TestPipeline.BACKENDS) {
            for (Path p : all) {
                assertEquals(MainTestAccess.answerJson(p, nlp), MainTestAccess.answerJson(p, nlp), nlp + " " + p);
            }
        }
    }
}
