package org.symqa.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symqa.cli.Main;
import picocli.CommandLine;

/** The job in {@code local[2]} against what the core's {@code symqa batch} and {@code symqa paper} write, byte for byte. */
class SparkBatchTest {
    private static final Path TESTDATA = Path.of(System.getProperty("symqa.testdata", "../testdata"));
    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("symqa-test").config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void promptsGiveTheLinesOfSymqaBatchWhateverThePartitioning() throws IOException {
        Path in = TESTDATA.resolve("batch/prompts.jsonl");
        byte[] expected = coreBatch(in);
        long lines = Files.readAllLines(in).size();
        for (String parts : List.of("1", "5")) {
            SparkBatch.Summary s = run(in.toString(), "--jsonl", tmp.resolve("out" + parts).toString(), "--partitions", parts);
            assertArrayEquals(expected, parts(tmp.resolve("out" + parts)), "partitions " + parts);
            assertEquals(lines, s.in());
            assertEquals(lines, s.out());
            assertEquals(0, s.errors());
        }
    }

    @Test
    void gzipInputGivesTheSameLines() throws IOException {
        Path in = TESTDATA.resolve("batch/prompts.jsonl");
        Path gz = tmp.resolve("prompts.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(in));
        }
        run(gz.toString(), "--jsonl", tmp.resolve("out").toString());
        assertArrayEquals(coreBatch(in), parts(tmp.resolve("out")));
    }

    @Test
    void badRecordsBecomeErrorRowsAndNoneIsLost() throws IOException {
        String good = Files.readAllLines(TESTDATA.resolve("batch/prompts.jsonl")).get(0);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((good + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\": \"broken\", \"prompt\": \n".getBytes(StandardCharsets.UTF_8)); // malformed JSON
        b.writeBytes("\n".getBytes(StandardCharsets.UTF_8)); // blank line
        b.writeBytes("{\"id\": \"noq\", \"contexts\": [\"a chunk\"]}\n".getBytes(StandardCharsets.UTF_8)); // no question
        b.writeBytes(new byte[]{'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'}); // invalid UTF-8
        b.writeBytes((good + "\r\n").getBytes(StandardCharsets.UTF_8)); // Windows line end
        b.writeBytes("[1, 2]".getBytes(StandardCharsets.UTF_8)); // not an object, no final line end
        Path in = tmp.resolve("bad.jsonl");
        Files.write(in, b.toByteArray());

        SparkBatch.Summary s = run(in.toString(), "--jsonl", tmp.resolve("out").toString(), "--parquet",
                tmp.resolve("pq").toString(), "--partitions", "3");
        byte[] expected = coreBatch(in);
        assertArrayEquals(expected, parts(tmp.resolve("out")));
        assertEquals(7, s.in());
        assertEquals(7, s.out());
        assertEquals(5, s.errors());
        List<Row> rows = parquetInFileOrder(tmp.resolve("pq"));
        assertEquals(7, rows.size());
        assertEquals("line 2", rows.get(1).<String>getAs("id"));
        assertTrue(((String) rows.get(1).getAs("error")).startsWith("line 2: malformed JSON"), rows.get(1).toString());
        assertTrue(rows.get(0).isNullAt(rows.get(0).fieldIndex("error")), rows.get(0).toString());
    }

    @Test
    void parquetHasTheResultFieldsInInputOrder() throws IOException {
        Path in = TESTDATA.resolve("batch/prompts.jsonl");
        run(in.toString(), "--parquet", tmp.resolve("pq").toString(), "--partitions", "4");
        List<Row> rows = parquetInFileOrder(tmp.resolve("pq"));
        List<String> expected = new String(coreBatch(in), StandardCharsets.UTF_8).lines().toList();
        assertEquals(expected.size(), rows.size());
        assertEquals(List.of(Schemas.batch().fieldNames()), List.of(rows.get(0).schema().fieldNames()));
        for (int i = 0; i < rows.size(); i++) {
            String line = expected.get(i);
            assertTrue(line.startsWith("{\"id\":\"" + rows.get(i).getAs("id") + "\",\"verdict\":\"" + rows.get(i).getAs("verdict") + "\""),
                    "row " + i + ": " + rows.get(i));
        }
    }

    @Test
    void papersGiveTheLinesOfSymqaPaperAndABrokenPdfAnErrorRow() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("papers"));
        Files.copy(TESTDATA.resolve("papers/seabird-colonies.txt"), dir.resolve("seabird-colonies.txt"));
        Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really a PDF\n");
        Path expectedFile = tmp.resolve("expected.jsonl");
        Main.run("paper", dir.toString(), "--format", "json", "--quiet", "-o", expectedFile.toString());
        byte[] expected = Files.readAllBytes(expectedFile);

        SparkBatch.Summary s = run("--papers", dir.toString(), "--jsonl", tmp.resolve("out").toString(), "--partitions", "2");
        assertArrayEquals(expected, parts(tmp.resolve("out")));
        assertEquals(2, s.in());
        assertEquals(29, s.out()); // 28 questions of one paper, one error row of the other
        assertEquals(1, s.errors());
    }

    private static SparkBatch.Summary run(String... args) {
        SparkBatch job = new SparkBatch();
        new CommandLine(job).parseArgs(args);
        return job.run(spark);
    }

    private byte[] coreBatch(Path in) throws IOException {
        Path out = tmp.resolve("core-" + System.nanoTime() + ".jsonl");
        Main.run("batch", in.toString(), "-o", out.toString(), "--quiet", "--threads", "2");
        return Files.readAllBytes(out);
    }

    /** The rows of the Parquet part files in part order (a plain read would group small files by size). */
    private static List<Row> parquetInFileOrder(Path dir) throws IOException {
        List<Row> rows = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                rows.addAll(spark.read().parquet(p.toString()).collectAsList());
            }
        }
        return rows;
    }

    private static byte[] parts(Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                b.writeBytes(Files.readAllBytes(p));
            }
        }
        return b.toByteArray();
    }
}
