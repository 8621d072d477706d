package org.symqa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code symqa rules suggest}: the whole report (golden file testdata/suggest/preprocessing.md; rewrite it with
 * {@code -Dsymqa.updateGolden=true} after a deliberate change and read the diff), the TSV table, one-line errors.
 */
class RulesSuggestCommandTest {
    private static final String GOLD = "testdata/suggest/gold.jsonl";

    private static MainTest.Run run(String... a) {
        String[] all = new String[a.length + 6];
        all[0] = "rules";
        all[1] = "suggest";
        System.arraycopy(a, 0, all, 2, a.length);
        System.arraycopy(new String[] {"--rules", "rules", "--lexicons", "lexicons"}, 0, all, a.length + 2, 4);
        return MainTest.run(all);
    }

    @Test
    void writesTheMarkdownReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("preprocessing.md");
        MainTest.Run r = run("preprocessing", GOLD, "--min-count", "1", "--top", "15", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("symqa rules suggest: 8 of 8 items of preprocessing\n", r.err());
        String got = Files.readString(out, StandardCharsets.UTF_8);
        Path golden = Path.of("testdata/suggest/preprocessing.md");
        if (Boolean.getBoolean("symqa.updateGolden")) {
            Files.writeString(golden, got, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got);
    }

    @Test
    void writesATsvTableToStandardOutput() {
        MainTest.Run r = run("preprocessing", GOLD, "--min-count", "3", "--format", "tsv", "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("term\twritten\tans\tunans\tprecision\tscore\tquoted\tnear\tmissed\tat-risk\tcovered\tlexicons", lines.get(0));
        assertTrue(lines.contains("clip\tclips\t3\t0\t1.000\t0.786\t3\t3\t0\t0\t-\t-"), r.out());
        assertTrue(lines.stream().skip(1).allMatch(l -> Integer.parseInt(l.split("\t")[2]) >= 3), r.out());
    }

    @Test
    void reportsTheTermsAskedFor() {
        MainTest.Run r = run("preprocessing", GOLD, "--term", "Mel  Spectrogram", "--term", "clip", "--term", "tiling",
                "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("The 3 terms asked for (in no item: tiling);"), r.out());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("| 1 ") || l.startsWith("| 2 ") || l.startsWith("| 3 "))
                .toList();
        assertEquals(List.of("| 1 | `clip` | `clips` | 3 | 0 | 1.000 | 0.786 | 3 | 3 | 0 | 0 | - | - |",
                "| 2 | `mel spectrogram` | - | 2 | 1 | 0.667 | 0.643 | 2 | 2 | 0 | 1 | - | @data-modality |"), rows);
    }

    @Test
    void badInputEndsInOneLine(@TempDir Path dir) throws Exception {
        assertEquals(new MainTest.Run(1, "", "symqa rules suggest: " + GOLD + ": no items of topic regularization "
                + "(cq_number 17)\n"), run("regularization", GOLD, "--quiet"));
        MainTest.Run unknown = run("preprocesing", GOLD);
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().startsWith("symqa rules suggest: unknown topic 'preprocesing'; topics with a cq: are "
                + "data-collection, data-formats,"), unknown.err());
        assertEquals(1, unknown.err().lines().count());
        assertEquals(new MainTest.Run(1, "", "symqa rules suggest: --format must be md or tsv, not 'csv'\n"),
                run("preprocessing", GOLD, "--format", "csv"));
        assertEquals(new MainTest.Run(1, "", "symqa rules suggest: top must be at least 1, not 0\n"),
                run("preprocessing", GOLD, "--top", "0"));
        assertEquals(new MainTest.Run(1, "", "symqa rules suggest: the minimum count must be at least 1, not 0\n"),
                run("preprocessing", GOLD, "--min-count", "0"));
        assertEquals(new MainTest.Run(1, "", "symqa rules suggest: missing.jsonl: no such file\n"),
                run("preprocessing", "missing.jsonl"));
        String good = Files.readAllLines(Path.of(GOLD), StandardCharsets.UTF_8).get(0);
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), good + "\n{\"id\": \"y\", \"prompt\": \"Why?\"}\n");
        assertEquals(new MainTest.Run(1, "", "symqa rules suggest: " + bad + ":2: 'answerable' must be true or false\n"),
                run("preprocessing", bad.toString()));
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        assertEquals(new MainTest.Run(1, "", "symqa rules suggest: " + empty + ": no gold items\n"),
                run("preprocessing", empty.toString()));
    }
}
