package org.symqa.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.symqa.resources.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: answers a JSONL/Parquet file of prompts, or a folder of papers, and writes the result lines of
 * {@code symqa batch} (or {@code symqa paper --format json}) as JSON lines and/or Parquet, in input order. A bad
 * record becomes an error row: the rows out are as many as the lines in. The master comes from spark-submit or
 * {@code spark.master}; only when neither sets it does the job run in {@code local[*]}.
 */
@Command(name = "symqa-spark", mixinStandardHelpOptions = true,
        description = {"Answers IN (JSON lines, .gz, or a .parquet table with id+prompt or id+question+contexts), or",
            "with --papers a folder of PDF/text papers, on Spark. Writes result lines byte-identical to symqa batch",
            "(symqa paper --format json) with --jsonl and/or Parquet with --parquet, in input order.",
            "Exit code 1 when some rows are errors."})
public final class SparkBatch implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "IN", description = "Input: .jsonl, .jsonl.gz or .parquet (file or folder).")
    String input;

    @Option(names = "--papers", paramLabel = "DIR", description = "A folder of papers (.pdf, .txt) instead of IN.")
    String papers;

    @Option(names = "--jsonl", paramLabel = "DIR", description = "Write the result lines as text files part-NNNNN, in order.")
    String jsonl;

    @Option(names = "--parquet", paramLabel = "DIR", description = "Write the results as Parquet, a column per result field.")
    String parquet;

    @Option(names = "--partitions", paramLabel = "N", description = "Runs of consecutive inputs answered as tasks (default: 4 x default parallelism).")
    int partitions;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rule folder instead of the embedded one (shipped to executors).")
    Path rules;

    @Option(names = "--lexicons", paramLabel = "DIR", description = "Lexicon folder instead of the embedded one (shipped to executors).")
    Path lexicons;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Time one prompt may take (default: 10; a paper: 300).")
    double timeLimit = 10;

    @Option(names = "--max-prompt", paramLabel = "BYTES", description = "Largest prompt in bytes (default: 1048576).")
    long maxPrompt = org.symqa.batch.LineAnswerer.DEFAULT_MAX_PROMPT;

    @Option(names = "--max-line", paramLabel = "BYTES", description = "Longest input line in bytes (default: 4194304).")
    long maxLine = org.symqa.batch.LineAnswerer.DEFAULT_MAX_LINE;

    /** Counts of a run. */
    record Summary(long in, long out, long errors, String tally) {
    }

    private PrintWriter err = new PrintWriter(System.err, true);

    /** Runs the job; the JVM exits with its exit code. */
    public static void main(String[] args) {
        int code = new CommandLine(new SparkBatch()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        if ((input == null) == (papers == null) || jsonl == null && parquet == null) {
            err.println("symqa-spark: give IN or --papers DIR, and --jsonl DIR and/or --parquet DIR");
            return 2;
        }
        if (!(timeLimit > 0) || timeLimit > 86_400 || maxPrompt < 1 || maxLine < 1) {
            err.println("symqa-spark: --time-limit must be in (0, 86400] and sizes positive");
            return 2;
        }
        try {
            Settings.load(rules, lexicons, org.symqa.nlp.CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS); // fail here, not on executors
        } catch (SourceException | IllegalArgumentException e) {
            err.println("symqa-spark: rule file error: " + e.getMessage());
            return 1;
        }
        SparkConf conf = new SparkConf().setAppName("symqa");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            long t0 = System.nanoTime();
            Summary s = run(spark);
            err.printf(Locale.ROOT, "symqa-spark: %d %s in, %d rows out: %s (%.1f s)%n", s.in(), papers == null ? "lines" : "papers",
                    s.out(), s.tally(), (System.nanoTime() - t0) / 1e9);
            return s.errors() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in a session and writes its outputs. */
    Summary run(SparkSession spark) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Settings settings = new Settings(ship(sc, rules), ship(sc, lexicons), maxLine, maxPrompt,
                Math.max(1, Math.round(timeLimit * 1000)), Math.max(1, Math.round(Math.max(timeLimit, 300) * 1000)),
                org.symqa.nlp.CoreNlpAnnotator.DEFAULT_MAX_SENTENCE_TOKENS);
        int parts = partitions > 0 ? partitions : Math.max(1, sc.defaultParallelism()) * 4;
        Tally tally = new Tally(sc.sc());
        long in;
        JavaRDD<String> out;
        StructType schema;
        if (papers == null) {
            JavaPairRDD<Long, RawLine> lines = LineJob.read(spark, input).persist(StorageLevel.MEMORY_AND_DISK());
            in = lines.count();
            out = LineJob.answer(lines, in, parts, settings, tally);
            schema = Schemas.batch();
        } else {
            JavaPairRDD<String, byte[]> files = PaperJob.read(sc, papers, parts).persist(StorageLevel.MEMORY_AND_DISK());
            in = files.count();
            out = PaperJob.answer(files, settings, tally);
            schema = Schemas.paper();
        }
        out = out.persist(StorageLevel.MEMORY_AND_DISK());
        if (jsonl != null) {
            out.saveAsTextFile(jsonl);
        }
        if (parquet != null) {
            spark.read().schema(schema).json(spark.createDataset(out.rdd(), Encoders.STRING())).write().parquet(parquet);
        }
        long rows = out.count();
        return new Summary(in, rows, tally.errors(), tally.toString());
    }

    /** Ships a folder to the executors and names it for {@code SparkFiles.get}; null stays null. */
    private static String ship(JavaSparkContext sc, Path dir) {
        if (dir == null) {
            return null;
        }
        sc.sc().addFile(dir.toAbsolutePath().toString(), true);
        return dir.toAbsolutePath().getFileName().toString();
    }
}
