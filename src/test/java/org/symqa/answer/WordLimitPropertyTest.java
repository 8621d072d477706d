package org.symqa.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Word limits over random answers from seeds: under "less than N words" an answer has fewer than N words (one word
 * when N is 1), its words are the first words of the whole answer, and it is marked shortened exactly when cut.
 */
class WordLimitPropertyTest {
    private static final String[] WORDS = {"GPU", "[1]", "\"We", "trained", "on", "a", "Tesla", "V100.\"", "x", "24 GB"};
    private static final String[] SPACES = {" ", "  ", "\u00a0", "\t"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 20);
    }

    private static String text(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(max);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(SPACES[r.nextInt(SPACES.length)]);
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static List<String> words(String s) {
        String t = org.symqa.text.Spaces.RUN.matcher(s).replaceAll(" ").strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split(" "));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void answersKeepTheLimitAndAreCutFromTheEnd(long seed) {
        Random r = new Random(seed);
        for (int round = 0; round < 50; round++) {
            String lead = text(r, 12);
            String intro = r.nextBoolean() ? "The context says:" : "";
            List<String> items = new ArrayList<>();
            for (int i = r.nextInt(5); i > 0; i--) {
                items.add("[" + (1 + r.nextInt(4)) + "] " + text(r, 30));
            }
            int limit = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(80);
            Answer whole = WordLimit.fit("t", lead, intro, items, 0, List.of());
            Answer a = WordLimit.fit("t", lead, intro, items, limit, List.of());
            String where = "seed " + seed + " round " + round + " limit " + limit + ": " + a.text();
            List<String> got = words(a.text());
            List<String> all = words(whole.text());
            if (limit == 0) {
                assertEquals(whole.text(), a.text(), where);
            } else {
                assertTrue(got.size() < Math.max(2, limit), where);
            }
            assertTrue(!got.isEmpty() && got.equals(all.subList(0, got.size())), where);
            assertEquals(!a.text().equals(whole.text()), a.shortened(), where);
        }
    }
}
