package org.symqa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symqa.cli.MainTestAccess;

/**
 * Golden tests: the whole {@code answer --json} output of every prompt in {@code testdata/prompts} equals the file of
 * the same name in {@code testdata/golden}. Run with {@code -Dsymqa.updateGolden=true} to rewrite them after a
 * deliberate change, then read the diff.
 */
class GoldenTest {
    static Stream<Path> prompts() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("testdata/prompts"))) {
            return s.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("prompts")
    void outputMatchesGolden(Path prompt) throws Exception {
        String got = MainTestAccess.answerJson(prompt);
        Path golden = Path.of("testdata/golden", prompt.getFileName().toString().replaceAll("\\.[a-z]+$", "") + ".json");
        if (Boolean.getBoolean("symqa.updateGolden")) {
            Files.writeString(golden, got);
        }
        assertEquals(Files.readString(golden), got);
    }
}
