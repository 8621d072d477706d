package org.symqa.topic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.TsvRows;

/**
 * The topic sets of {@code testdata/topics}: rewordings of the study's questions that must reach their topic, and
 * questions from other fields that must stay {@code general}. The tune halves (the rules were tuned on them) must
 * reach the floors of issue 9; the held-back halves are reported and guarded against regressions. Both NLP backends
 * run the sets; the figures are written to {@code target/topic-sets.txt} and {@code target/topic-sets-opennlp.txt}
 * (misses listed for the tune halves only); nothing is printed.
 */
class TopicSetsTest {
    /** Issue 9: rewordings on topic, out-of-scope questions general. */
    static final double REWORDINGS_FLOOR = 0.97;
    /**
     * The out-of-scope tune file, guarded at 0.97 (401/412 with batch 11, 459/472 with batch 12), above issue 9's floor of 0.95
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
     * 58/60 after the foreign-noun test; 78/84 after the batch-11 round. The second-word points (sixteenth session)
     * cost one out-of-scope question (57/60, on both backends) for 13 held-back rewordings and near-topic questions.
     */
    static final double HELD3_REWORDINGS_GUARD = 0.92;
    static final double HELD3_OUT_OF_SCOPE_GUARD = 0.95;
    /**
     * The fourth held-back sets (batch 10, written blind by a helper who read only topics.tsv, after the foreign-noun
     * test was written): 77/84 and 53/60 with the rules before that test, 77/84 and 59/60 with it; 79/84 after the
     * batch-11 round.
     */
    static final double HELD4_REWORDINGS_GUARD = 0.94;
    static final double HELD4_OUT_OF_SCOPE_GUARD = 0.98;

    /**
     * The fifth held-back sets (batch 13, written blind in the seventh session by a helper who read only topics.tsv,
     * after the batch-12 round): 78/84 and 58/60, the same with the rules before that round's word lines.
     */
    static final double HELD5_REWORDINGS_GUARD = 0.92;
    static final double HELD5_OUT_OF_SCOPE_GUARD = 0.96;
    /**
     * The sixth held-back sets (batch 14, written blind in the sixteenth session by a helper who read only
     * topics.tsv): 79/84 and 36/40 with the rules before the second-word points, 79/84 and 35/40 with them.
     */
    static final double HELD6_REWORDINGS_GUARD = 0.94;
    static final double HELD6_OUT_OF_SCOPE_GUARD = 0.875;

    /**
     * The same sets tagged by the OpenNLP backend ({@code --nlp opennlp}: UD tags mapped to Penn tags, on which the
     * foreign-noun test's NN/NNS depend), guarded at the figures measured when this guard was added (share truncated
     * to three places; CoreNLP's in brackets): rewordings tune 1131/1168 (1133), held 155/168 (156), held2 83/84
     * (83), held3 77/84 (78), held4 80/84 (79); out-of-scope tune 401/412 (401), held 49/52 (49), held2 55/60 (54),
     * held3 58/60 (58), held4 59/60 (59). The topic rules are tuned on CoreNLP's tags and were not changed for
     * OpenNLP. With batch 12 in the tune files (seventh session) the tune guards are the new files' figures:
     * rewordings 1214/1252 (1216; 0.969, below issue 9 floor of 0.97 on OpenNLP), out-of-scope 459/472 (459).
     */
    /** OpenNLP on batch 13 (seventh session), measured when the files were added: 78/84 and 58/60, as CoreNLP. */
    static final double OPENNLP_HELD5_REWORDINGS = 0.928;
    static final double OPENNLP_HELD5_OUT_OF_SCOPE = 0.966;
    /** OpenNLP on batch 14 (sixteenth session): 79/84 and 35/40 with the second-word points, as CoreNLP. */
    static final double OPENNLP_HELD6_REWORDINGS = 0.940;
    static final double OPENNLP_HELD6_OUT_OF_SCOPE = 0.875;

    static final Map<String, Double> OPENNLP_GUARDS = Map.ofEntries(Map.entry("rewordings-tune", 0.969),
            Map.entry("rewordings-held", 0.922), Map.entry("out-of-scope-tune", 0.972),
            Map.entry("out-of-scope-held", 0.942), Map.entry("rewordings-held2", 0.988),
            Map.entry("out-of-scope-held2", 0.916), Map.entry("rewordings-held3", 0.916),
            Map.entry("out-of-scope-held3", 0.95), Map.entry("rewordings-held4", 0.952),
            Map.entry("out-of-scope-held4", 0.983), Map.entry("rewordings-held5", OPENNLP_HELD5_REWORDINGS),
            Map.entry("out-of-scope-held5", OPENNLP_HELD5_OUT_OF_SCOPE), Map.entry("rewordings-held6", OPENNLP_HELD6_REWORDINGS),
            Map.entry("out-of-scope-held6", OPENNLP_HELD6_OUT_OF_SCOPE));

    /** The sets in report order: each rewordings file, then the out-of-scope file of the same batch. */
    private static final List<String> SETS = List.of("rewordings-tune", "rewordings-held", "out-of-scope-tune",
            "out-of-scope-held", "rewordings-held2", "out-of-scope-held2", "rewordings-held3", "out-of-scope-held3",
            "rewordings-held4", "out-of-scope-held4", "rewordings-held5", "out-of-scope-held5", "rewordings-held6",
            "out-of-scope-held6");

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
        Map<String, Figure> f = runAll("corenlp", "topic-sets.txt");
        Figure rewordTune = f.get("rewordings-tune");
        Figure outTune = f.get("out-of-scope-tune");
        assertTrue(rewordTune.total() >= 168 && outTune.total() >= 60, "set sizes");
        assertTrue(rewordTune.share() >= REWORDINGS_FLOOR, rewordTune.line() + "\n" + String.join("\n", rewordTune.misses()));
        assertTrue(outTune.share() >= OUT_OF_SCOPE_TUNE_GUARD, outTune.line() + "\n" + String.join("\n", outTune.misses()));
        assertTrue(f.get("rewordings-held").share() >= HELD_REWORDINGS_GUARD, f.get("rewordings-held").line());
        assertTrue(f.get("out-of-scope-held").share() >= HELD_OUT_OF_SCOPE_GUARD, f.get("out-of-scope-held").line());
        assertTrue(f.get("rewordings-held2").share() >= HELD2_REWORDINGS_GUARD, f.get("rewordings-held2").line());
        assertTrue(f.get("out-of-scope-held2").share() >= HELD2_OUT_OF_SCOPE_GUARD, f.get("out-of-scope-held2").line());
        assertTrue(f.get("rewordings-held3").share() >= HELD3_REWORDINGS_GUARD, f.get("rewordings-held3").line());
        assertTrue(f.get("out-of-scope-held3").share() >= HELD3_OUT_OF_SCOPE_GUARD, f.get("out-of-scope-held3").line());
        assertTrue(f.get("rewordings-held4").share() >= HELD4_REWORDINGS_GUARD, f.get("rewordings-held4").line());
        assertTrue(f.get("out-of-scope-held4").share() >= HELD4_OUT_OF_SCOPE_GUARD, f.get("out-of-scope-held4").line());
        assertTrue(f.get("rewordings-held5").share() >= HELD5_REWORDINGS_GUARD, f.get("rewordings-held5").line());
        assertTrue(f.get("out-of-scope-held5").share() >= HELD5_OUT_OF_SCOPE_GUARD, f.get("out-of-scope-held5").line());
        assertTrue(f.get("rewordings-held6").share() >= HELD6_REWORDINGS_GUARD, f.get("rewordings-held6").line());
        assertTrue(f.get("out-of-scope-held6").share() >= HELD6_OUT_OF_SCOPE_GUARD, f.get("out-of-scope-held6").line());
    }

    @Test
    void theTopicSetsOnOpenNlpStayAtTheirFigures() throws IOException {
        Map<String, Figure> f = runAll("opennlp", "topic-sets-opennlp.txt");
        for (String set : SETS) {
            assertTrue(f.get(set).share() >= OPENNLP_GUARDS.get(set), "opennlp: " + f.get(set).line()
                    + (set.endsWith("-tune") ? "\n" + String.join("\n", f.get(set).misses()) : ""));
        }
    }

    /** Every set on one backend, in {@link #SETS} order; the figures are written to {@code target/REPORT}. */
    private static Map<String, Figure> runAll(String nlp, String report) throws IOException {
        Symqa symqa = TestPipeline.get(nlp);
        TopicRecognizer recognizer = new CueTopicRecognizer(symqa.ruleSet().topics(), symqa::questionView);
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String set : SETS) {
            figures.put(set, run(recognizer, set));
        }
        Figure rewordTune = figures.get("rewordings-tune");
        Figure rewordHeld = figures.get("rewordings-held");
        Figure outTune = figures.get("out-of-scope-tune");
        Figure outHeld = figures.get("out-of-scope-held");
        List<String> lines = new ArrayList<>();
        lines.add("# Topic sets (testdata/topics) on " + nlp + ", written by TopicSetsTest");
        figures.values().forEach(x -> lines.add(x.line()));
        lines.add(new Figure("rewordings-all", rewordTune.right() + rewordHeld.right(),
                rewordTune.total() + rewordHeld.total(), List.of()).line());
        lines.add(new Figure("out-of-scope-all", outTune.right() + outHeld.right(),
                outTune.total() + outHeld.total(), List.of()).line());
        lines.add("");
        lines.add("# misses of the tune halves");
        lines.addAll(rewordTune.misses());
        lines.addAll(outTune.misses());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", report), lines);
        return figures;
    }

    static Figure run(TopicRecognizer recognizer, String set) throws IOException {
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
        List<Item> out = new ArrayList<>();
        for (TsvRows.Row r : TsvRows.read(file, null)) {
            String[] parts = r.fields();
            if (parts.length != 2) {
                throw new IllegalStateException(file + ":" + r.line() + ": expected topic<TAB>question");
            }
            out.add(new Item(file.toString(), r.line(), parts[0], parts[1]));
        }
        return out;
    }
}
