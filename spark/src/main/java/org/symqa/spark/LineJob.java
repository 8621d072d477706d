package org.symqa.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.symqa.batch.LineAnswerer;
import scala.Tuple2;

/**
 * Answers a JSON-lines file ({@code .gz} too) or a Parquet table of prompts, a result line per input line or row, in
 * input order. Lines are read as bytes with their offsets and numbered by position ({@code spark.read().json} would
 * drop blank lines and hide malformed ones), then cut into runs of consecutive positions, each answered in order by
 * the executor's one pipeline.
 */
final class LineJob {
    private LineJob() {
    }

    /** The input as (position, line), every line kept: JSONL split at {@code \n} only, as {@code symqa batch} does. */
    static JavaPairRDD<Long, RawLine> read(SparkSession spark, String input) {
        JavaRDD<RawLine> lines;
        if (isParquet(input)) {
            lines = spark.read().parquet(input).toJSON().javaRDD()
                    .map(json -> new RawLine(0, json.getBytes(StandardCharsets.UTF_8)));
        } else {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Configuration conf = new Configuration(sc.hadoopConfiguration());
            conf.set("textinputformat.record.delimiter", "\n");
            lines = sc.newAPIHadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, conf)
                    .map(t -> new RawLine(t._1().get(), Arrays.copyOf(t._2().getBytes(), t._2().getLength())));
        }
        return lines.zipWithIndex().mapToPair(Tuple2::swap);
    }

    /** Whether the input is read as Parquet: a {@code .parquet} file or folder. */
    static boolean isParquet(String input) {
        String s = input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
        return s.endsWith(".parquet");
    }

    /** The result lines, in input order, {@code partitions} runs of consecutive lines. */
    static JavaRDD<String> answer(JavaPairRDD<Long, RawLine> lines, long count, int partitions, Settings settings,
                                  Tally tally) {
        int parts = (int) Math.max(1, Math.min(partitions, count));
        return lines.repartitionAndSortWithinPartitions(new PositionPartitioner(parts, count))
                .mapPartitions(it -> answered(it, settings, tally));
    }

    private static Iterator<String> answered(Iterator<Tuple2<Long, RawLine>> in, Settings settings, Tally tally) {
        LineAnswerer answerer = Pipelines.lines(settings);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public String next() {
                Tuple2<Long, RawLine> t = in.next();
                ObjectNode row = answerer.answer(t._2().toInputLine(t._1() + 1, settings.maxLine()));
                tally.count(row);
                return LineAnswerer.printable(row);
            }
        };
    }
}
