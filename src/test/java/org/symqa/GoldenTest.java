package org.symqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.symqa.cli.MainTestAccess;

/**
 * Golden tests: the whole {@code answer --json} output of every prompt in {@code testdata/prompts}, on each NLP
 * backend, equals the file of the same name in {@code testdata/golden}. Where a backend answers differently on
 * purpose, its own file in {@code testdata/golden/BACKEND/} says so (and {@code testdata/golden/BACKEND/README.md}
 * why). Run with {@code -Dsymqa.updateGolden=true} to rewrite them after a deliberate change (the CoreNLP output is
 * the shared file; another backend gets a file of its own only where it differs), then read the diff.
 */
class GoldenTest {
    static Stream<Arguments> prompts() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String nlp : TestPipeline.BACKENDS) {
            for (Path p : promptFiles()) {
                out.add(Arguments.of(nlp, p));
            }
        }
        return out.stream();
    }

    /** The test prompts, in name order. */
    static List<Path> promptFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("testdata/prompts"))) {
            return s.sorted().toList();
        }
    }

    private static String name(Path prompt) {
        return prompt.getFileName().toString().replaceAll("\\.[a-z]+$", "") + ".json";
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("prompts")
    void outputMatchesGolden(String nlp, Path prompt) throws Exception {
        String got = MainTestAccess.answerJson(prompt, nlp);
        Path shared = Path.of("testdata/golden", name(prompt));
        Path own = Path.of("testdata/golden", nlp, name(prompt));
        if (Boolean.getBoolean("symqa.updateGolden")) {
            if (nlp.equals("corenlp")) {
                Files.writeString(shared, got);
            } else if (Files.exists(shared) && Files.readString(shared).equals(got)) {
                Files.deleteIfExists(own);
            } else {
                Files.createDirectories(own.getParent());
                Files.writeString(own, got);
            }
        }
        Path golden = !nlp.equals("corenlp") && Files.exists(own) ? own : shared;
        assertEquals(Files.readString(golden), got, golden.toString());
    }

    @Test
    void aBackendsOwnGoldenFileDiffersFromTheSharedOne() throws IOException {
        for (String nlp : TestPipeline.BACKENDS) {
            Path dir = Path.of("testdata/golden", nlp);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path own : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    Path shared = Path.of("testdata/golden", own.getFileName().toString());
                    assertNotEquals(Files.readString(shared), Files.readString(own), own + " repeats " + shared);
                }
            }
        }
    }
}
