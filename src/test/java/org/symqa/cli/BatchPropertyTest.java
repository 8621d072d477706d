package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symqa.PromptGenerator;

/**
 * {@code symqa batch} over random input files from seeds: every input line gets exactly one output line, in input
 * order (good prompts, malformed lines, blank lines and lines without a question alike), and the output is the same
 * bytes whatever the number of threads.
 */
class BatchPropertyTest {
    private static final int LINES = 30;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 2);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void oneOutputLinePerInputLineInOrderAndTheSameBytesForAnyThreadCount(long seed, @TempDir Path dir) throws Exception {
        PromptGenerator gen = new PromptGenerator(seed);
        List<String> input = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            input.add(gen.batchLine(i));
        }
        Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n", input) + "\n");
        byte[] first = null;
        for (int threads : new int[] {1, 3}) {
            Path out = dir.resolve("out" + threads + ".jsonl");
            MainTest.Run r = MainTest.run("batch", in.toString(), "-o", out.toString(), "--threads",
                    String.valueOf(threads), "--quiet", "--rules", "rules", "--lexicons", "lexicons");
            assertTrue(r.code() == 0 || r.code() == 1, r.err());
            byte[] bytes = Files.readAllBytes(out);
            if (first == null) {
                first = bytes;
                checkLines(input, new String(bytes, StandardCharsets.UTF_8), seed);
            } else {
                assertArrayEquals(first, bytes, "seed " + seed + ": --threads " + threads + " differs from --threads 1");
            }
        }
    }

    /** Output line k belongs to the k-th input line: its id, or 'line N' for a line that is not JSON or blank. */
    private static void checkLines(List<String> input, String output, long seed) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> out = output.lines().toList();
        int k = 0;
        for (int n = 0; n < input.size(); n++) {
            String line = input.get(n);
            String where = "seed " + seed + " input line " + (n + 1) + ": " + line;
            assertTrue(k < out.size(), where + ": no output line");
            JsonNode o = json.readTree(out.get(k++));
            if (line.isBlank()) {
                assertEquals("line " + (n + 1), o.get("id").asText(), where);
                assertEquals("line " + (n + 1) + ": blank line (no JSON object)", o.get("error").asText(), where);
            } else if (line.startsWith("{\"id\": \"bad")) {
                assertEquals("line " + (n + 1), o.get("id").asText(), where);
                assertTrue(o.get("error").asText().startsWith("line " + (n + 1) + ": malformed JSON"), where);
            } else {
                assertEquals(json.readTree(line).get("id").asText(), o.get("id").asText(), where);
                assertEquals(line.contains("\"question\""), o.has("verdict"), where);
            }
        }
        assertEquals(k, out.size(), "seed " + seed + ": more output lines than input lines");
    }
}
