package org.symqa.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.symqa.batch.LineAnswerer;
import org.symqa.batch.PaperRows;
import org.symqa.paper.PaperReader;
import scala.Tuple2;

/**
 * Answers a folder of papers (PDF or text, searched recursively), read with {@code binaryFiles}, as
 * {@code symqa paper FOLDER --format json} does: a result line per question, or one error line for a paper that
 * cannot be read, papers in path order.
 */
final class PaperJob {
    private PaperJob() {
    }

    /** The papers as (path as {@code symqa paper FOLDER} names it, bytes), in path order, .pdf/.txt only. */
    static JavaPairRDD<String, byte[]> read(JavaSparkContext sc, String folder, int partitions) {
        String base = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        Configuration conf = sc.hadoopConfiguration();
        conf.set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        String root = new org.apache.hadoop.fs.Path(base).toUri().getPath();
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(base, partitions);
        return files
                .filter(t -> isPaper(t._1()))
                .mapToPair(t -> new Tuple2<>(display(base, root, t._1()), t._2().toArray()))
                .sortByKey(true, partitions);
    }

    /** Whether a file is read as a paper, as {@code symqa paper} chooses in a folder. */
    static boolean isPaper(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return !name.startsWith(".") && (PaperReader.isPdfName(name) || PaperReader.isTextName(name));
    }

    private static String display(String base, String root, String uri) {
        String path = new org.apache.hadoop.fs.Path(uri).toUri().getPath();
        return path.startsWith(root + "/") ? base + path.substring(root.length()) : path;
    }

    /** The result lines, in path order and question order. */
    static JavaRDD<String> answer(JavaPairRDD<String, byte[]> papers, Settings settings, Tally tally) {
        return papers.mapPartitions(it -> answered(it, settings, tally));
    }

    private static Iterator<String> answered(Iterator<Tuple2<String, byte[]>> in, Settings settings, Tally tally) {
        PaperRows rows = Pipelines.papers(settings);
        return new Iterator<>() {
            private Iterator<String> current = List.<String>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && in.hasNext()) {
                    Tuple2<String, byte[]> t = in.next();
                    current = lines(rows, t._1(), t._2(), tally).iterator();
                }
                return current.hasNext();
            }

            @Override
            public String next() {
                hasNext();
                return current.next();
            }
        };
    }

    /** One paper's lines: its bytes go to a temporary file of the same name, read and answered as the CLI does. */
    private static List<String> lines(PaperRows rows, String display, byte[] bytes, Tally tally) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("symqa-paper");
            Path file = dir.resolve(display.substring(display.lastIndexOf('/') + 1));
            Files.write(file, bytes);
            List<String> out = new ArrayList<>();
            for (ObjectNode row : rows.rows(file, display)) {
                tally.count(row);
                out.add(LineAnswerer.printable(row));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("symqa-spark: temporary copy of " + display + ": " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the paper for
        }
    }
}
