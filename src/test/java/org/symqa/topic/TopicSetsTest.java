package org.symqa.topic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;

/**
 * The topic sets of {@code testdata/topics}: rewordings of the study's questions that must reach their topic, and
 * questions from other fields that must stay {@code general}. The tune halves (the rules were tuned on them) must
 * reach the floors of issue 9; the held-back halves are reported and guarded against regressions. The figures are
 * written to {@code target/topic-sets.txt} (misses listed for the tune halves only); nothing is printed.
 */
class TopicSetsTest {
    /** Issue 9: rewordings on topic, out-of-scope questions general. */
    static final double REWORDINGS_FLOOR = 0.97;
    /**
     * The out-of-scope tune file, guarded at today's figure (401/412 with batch 11), above issue 9's floor of 0.95
     * (met since the foreign-noun test: 345/352, 330 before).
     */
    static final double OUT_OF_SCOPE_TUNE_GUARD = 0.97;
    /**
     * The held-back halves, at the figures measured after the foreign-noun test with its data-noun exemption
     * (regression guards only): 155/168 rewordings and 49/52 out-of-scope questions (156 and 46 before).
     */
    static final double HELD_REWORDINGS_GUARD = 0.92;
    static final double HELD_OUT_OF_SCOPE_GUARD = 0.94;
    /**
     * The second held-back sets (batch 7, never tuned on): blind 82/84 and 48/60; 83/84 and 54/60 after the
     * foreign-noun test.
     */
    static final double HELD2_REWORDINGS_GUARD = 0.98;
    static final double HELD2_OUT_OF_SCOPE_GUARD = 0.90;
    /**
     * The third held-back sets (batch 9, written blind by a helper who saw no rule): blind 76/84 and 51/60; 76/84 and
     * 58/60 after the foreign-noun test; 78/84 after the batch-11 round.
     */
    static final double HELD3_REWORDINGS_GUARD = 0.92;
    static final double HELD3_OUT_OF_SCOPE_GUARD = 0.96;
    /**
     * The fourth held-back sets (batch 10, written blind by a helper who read only topics.tsv, after the foreign-noun
     * test was written): 77/84 and 53/60 with the rules before that test, 77/84 and 59/60 with it; 79/84 after the
     * batch-11 round.
     */
    static final double HELD4_REWORDINGS_GUARD = 0.94;
    static final double HELD4_OUT_OF_SCOPE_GUARD = 0.98;

    private final Symqa symqa = TestPipeline.get();
    private final TopicRecognizer recognizer = new CueTopicRecognizer(symqa.ruleSet().topics(), symqa::questionView);

    record Item(String file, int line, String topic, String question) {
    }

    record Figure(String set, int right, int total, List<String> misses) {
        double share() {
            return total == 0 ? 0 : (double) right / total;
        }

        String line() {
            return String.format(Locale.ROOT, "%-18s %3d/%3d = %.3f", set, right, total, share());
        }
    }

    @Test
    void theTopicSetsReachTheirFloors() throws IOException {
        Figure rewordTune = run("rewordings-tune");
        Figure rewordHeld = run("rewordings-held");
        Figure outTune = run("out-of-scope-tune");
        Figure outHeld = run("out-of-scope-held");
        Figure rewordHeld2 = run("rewordings-held2");
        Figure outHeld2 = run("out-of-scope-held2");
        Figure rewordHeld3 = run("rewordings-held3");
        Figure outHeld3 = run("out-of-scope-held3");
        Figure rewordHeld4 = run("rewordings-held4");
        Figure outHeld4 = run("out-of-scope-held4");
        List<String> report = new ArrayList<>();
        report.add("# Topic sets (testdata/topics), written by TopicSetsTest");
        for (Figure f : List.of(rewordTune, rewordHeld, outTune, outHeld, rewordHeld2, outHeld2, rewordHeld3,
                outHeld3, rewordHeld4, outHeld4)) {
            report.add(f.line());
        }
        report.add(new Figure("rewordings-all", rewordTune.right() + rewordHeld.right(),
                rewordTune.total() + rewordHeld.total(), List.of()).line());
        report.add(new Figure("out-of-scope-all", outTune.right() + outHeld.right(),
                outTune.total() + outHeld.total(), List.of()).line());
        report.add("");
        report.add("# misses of the tune halves");
        report.addAll(rewordTune.misses());
        report.addAll(outTune.misses());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "topic-sets.txt"), report);
        assertTrue(rewordTune.total() >= 168 && outTune.total() >= 60, "set sizes");
        assertTrue(rewordTune.share() >= REWORDINGS_FLOOR, rewordTune.line() + "\n" + String.join("\n", rewordTune.misses()));
        assertTrue(outTune.share() >= OUT_OF_SCOPE_TUNE_GUARD, outTune.line() + "\n" + String.join("\n", outTune.misses()));
        assertTrue(rewordHeld.share() >= HELD_REWORDINGS_GUARD, rewordHeld.line());
        assertTrue(outHeld.share() >= HELD_OUT_OF_SCOPE_GUARD, outHeld.line());
        assertTrue(rewordHeld2.share() >= HELD2_REWORDINGS_GUARD, rewordHeld2.line());
        assertTrue(outHeld2.share() >= HELD2_OUT_OF_SCOPE_GUARD, outHeld2.line());
        assertTrue(rewordHeld3.share() >= HELD3_REWORDINGS_GUARD, rewordHeld3.line());
        assertTrue(outHeld3.share() >= HELD3_OUT_OF_SCOPE_GUARD, outHeld3.line());
        assertTrue(rewordHeld4.share() >= HELD4_REWORDINGS_GUARD, rewordHeld4.line());
        assertTrue(outHeld4.share() >= HELD4_OUT_OF_SCOPE_GUARD, outHeld4.line());
    }

    private Figure run(String set) throws IOException {
        List<Item> items = read(set);
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (Item item : items) {
            List<String> got = recognizer.recognise(item.question()).topics();
            boolean ok = item.topic().equals(TopicCatalog.GENERAL) ? got.equals(List.of(TopicCatalog.GENERAL))
                    : got.get(0).equals(item.topic());
            if (ok) {
                right++;
            } else {
                misses.add(item.file() + ":" + item.line() + ": " + item.question() + " -> " + got + ", expected "
                        + item.topic());
            }
        }
        return new Figure(set, right, items.size(), set.endsWith("-tune") ? misses : List.of());
    }

    private static List<Item> read(String set) throws IOException {
        Path file = Path.of("testdata", "topics", set + ".tsv");
        List<String> lines = Files.readAllLines(file);
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected topic<TAB>question");
            }
            out.add(new Item(file.toString(), i + 1, parts[0], parts[1]));
        }
        return out;
    }
}
