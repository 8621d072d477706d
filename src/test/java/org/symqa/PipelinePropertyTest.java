package org.symqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.symqa.evidence.Evidence;
import org.symqa.evidence.Fact;
import org.symqa.text.Spaces;

/**
 * Properties of whole answers over prompts made at random from seeds ({@link PromptGenerator}): evidence and facts
 * point into the chunk text as the prompt holds it, answers keep the prompt's word limit, and every [n] cites a
 * chunk the prompt has.
 */
class PipelinePropertyTest {
    private static final int PROMPTS_PER_SEED = 25;
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)\\]");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 4);
    }

    private static String spaced(String s) {
        return Spaces.RUN.matcher(s).replaceAll(" ");
    }

    private static String alnum(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void offsetsPointIntoTheChunksAsThePromptHoldsThem(long seed) throws Exception {
        Symqa symqa = TestPipeline.get();
        PromptGenerator gen = new PromptGenerator(seed);
        int facts = 0;
        for (int i = 0; i < PROMPTS_PER_SEED; i++) {
            ObjectNode json = gen.json();
            Result r = symqa.answer(symqa.reader().readJson(json));
            List<String> chunks = r.prompt().chunks();
            for (Evidence e : r.finding().evidence()) {
                String where = "seed " + seed + " prompt " + i + " " + json + ": " + e;
                assertTrue(e.chunk() >= 1 && e.chunk() <= chunks.size(), where);
                String chunk = chunks.get(e.chunk() - 1);
                assertTrue(e.start() < e.end() && e.end() <= chunk.length(), where);
                String span = alnum(chunk.substring(e.start(), e.end()));
                String text = alnum(e.text());
                assertTrue(!text.isEmpty() && span.charAt(0) == text.charAt(0)
                        && span.charAt(span.length() - 1) == text.charAt(text.length() - 1), where);
                for (Fact f : e.facts()) {
                    for (Fact part : withDetails(f)) {
                        String fw = where + " fact " + part;
                        assertEquals(e.chunk(), part.chunk(), fw);
                        assertTrue(part.start() < part.end() && part.end() <= chunk.length(), fw);
                        assertEquals(part.text(), spaced(chunk.substring(part.start(), part.end())), fw);
                        facts++;
                    }
                }
            }
        }
        assertTrue(facts > 0, "seed " + seed + " made no facts: the generator must give the rules something to find");
    }

    private static List<Fact> withDetails(Fact f) {
        List<Fact> all = new java.util.ArrayList<>(List.of(f));
        all.addAll(f.details());
        return all;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void answersKeepTheWordLimitAndCiteChunksThatExist(long seed) throws Exception {
        Symqa symqa = TestPipeline.get();
        PromptGenerator gen = new PromptGenerator(seed);
        int limited = 0;
        for (int i = 0; i < PROMPTS_PER_SEED; i++) {
            ObjectNode json = gen.json();
            Result r = symqa.answer(symqa.reader().readJson(json));
            String text = r.answer().text();
            String where = "seed " + seed + " prompt " + i + " " + json + " -> " + text;
            int limit = r.prompt().wordLimit();
            if (limit > 0) {
                limited++;
                assertTrue(Spaces.words(text) < Math.max(2, limit), where);
                assertTrue(Spaces.words(text) >= 1, where);
            }
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                assertTrue(n >= 1 && n <= r.prompt().chunks().size(), where);
            }
        }
        assertTrue(limited > 0, "seed " + seed + " made no prompt with a word limit");
    }
}
