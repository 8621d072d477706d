package org.symqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symqa.cli.MainTestAccess;

/**
 * The same input gives the same bytes: {@code answer --json} twice on every test prompt, each run on a pipeline of
 * its own. (Left out of mutation testing: a mutant that changes an answer fails {@link GoldenTest} already.)
 */
class SameBytesTest {
    @Test
    void sameInputGivesSameBytes() throws Exception {
        List<Path> all = GoldenTest.prompts().toList();
        assertFalse(all.isEmpty());
        for (Path p : all) {
            assertEquals(MainTestAccess.answerJson(p), MainTestAccess.answerJson(p));
        }
    }
}
