package org.symqa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;
import org.symqa.resources.ResourceSource;

/** The repository's own rules and lexicons pass {@code symqa rules check}: no problem of any kind creeps in. */
class RepositoryRulesTest {
    @Test
    void repositoryRulesAreClean() {
        CheckReport r = new RuleChecker(TestPipeline.annotator()).check(
                ResourceSource.directory(Path.of("rules"), "rules"), ResourceSource.directory(Path.of("lexicons"), "lexicons"));
        assertEquals("", r.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        assertTrue(r.rules() > 100, r.summary());
    }
}
