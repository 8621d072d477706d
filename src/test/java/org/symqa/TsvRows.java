package org.symqa;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tab-separated case files of testdata/: rows with their line numbers, comments and blank lines left out. */
public final class TsvRows {
    /** One row: its 1-based line number and its tab-separated fields. */
    public record Row(int line, String[] fields) {
    }

    private TsvRows() {
    }

    /**
     * The rows of {@code file}, leaving out lines that start with "#", blank lines, and a header line that starts
     * with {@code header} (null: none).
     */
    public static List<Row> read(Path file, String header) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#") || header != null && l.startsWith(header)) {
                continue;
            }
            out.add(new Row(i + 1, l.split("\t")));
        }
        return out;
    }

    /** The question of each topic in rules/questions.tsv ({@code topic, cq, question}), in file order. */
    public static Map<String, String> questions() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Row r : read(Path.of("rules/questions.tsv"), "topic\t")) {
            if (r.fields().length == 3) {
                out.put(r.fields()[0], r.fields()[2]);
            }
        }
        return out;
    }
}
