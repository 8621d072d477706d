package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} writes the same bytes whatever the number of threads. */
class BatchThreadsTest {
    private static final Path INPUT = Path.of("testdata/batch/prompts.jsonl");

    @Test
    void twoThreadsWriteWhatOneThreadWrites(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        batch(one, 1);
        batch(two, 2);
        byte[] expected = Files.readAllBytes(one);
        assertEquals(Files.readAllLines(INPUT).size(), Files.readAllLines(one).size());
        assertArrayEquals(expected, Files.readAllBytes(two), "--threads 2 output differs from --threads 1");
    }

    @Test
    void aPromptSeenAgainGetsTheSameAnswer(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        batch(out, 2);
        Map<String, String> byId = new HashMap<>();
        for (String line : Files.readAllLines(out)) {
            String id = line.substring(line.indexOf(":\"") + 2, line.indexOf("\","));
            byId.put(id, line.substring(line.indexOf("\",")));
        }
        int again = 0;
        for (Map.Entry<String, String> e : byId.entrySet()) {
            if (e.getKey().endsWith(":again")) {
                again++;
                assertEquals(byId.get(e.getKey().substring(0, e.getKey().length() - ":again".length())), e.getValue());
            }
        }
        assertEquals(4, again);
    }

    private static void batch(Path out, int threads) {
        MainTest.Run r = MainTest.run("batch", INPUT.toString(), "-o", out.toString(), "--threads",
                String.valueOf(threads), "--quiet", "--rules", "rules", "--lexicons", "lexicons");
        assertEquals(0, r.code(), r.err());
    }
}
