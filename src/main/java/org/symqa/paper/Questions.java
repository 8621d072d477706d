package org.symqa.paper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/** The questions a paper is asked: the 28 canonical ones of {@code rules/questions.tsv}, or one a line. */
public final class Questions {
    /** The file of canonical questions in the rules folder. */
    public static final String FILE = "questions.tsv";

    private Questions() {
    }

    /** The canonical questions from the rules source, in CQ order. */
    public static List<Question> canonical(ResourceSource rules) throws SourceException {
        String text;
        try {
            text = rules.read(FILE).orElseThrow(() -> new IOException("file not found"));
        } catch (IOException e) {
            throw new SourceException(rules.describe(FILE), 1, 1, e.getMessage());
        }
        return parseTsv(rules.describe(FILE), text);
    }

    /** Parses {@code topic<TAB>cq<TAB>question} lines after a header line; {@code #} lines are comments. */
    static List<Question> parseTsv(String name, String text) throws SourceException {
        List<Question> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cols = lines[i].split("\t");
            if (cols.length != 3) {
                throw new SourceException(name, i + 1, 1, "expected 3 tab-separated columns: topic, cq, question");
            }
            try {
                out.add(new Question(Integer.parseInt(cols[1].strip()), cols[0].strip(), cols[2].strip()));
            } catch (NumberFormatException e) {
                throw new SourceException(name, i + 1, cols[0].length() + 2, "cq is not a number: " + cols[1]);
            }
        }
        return out;
    }

    /** Questions one a line (blank lines and {@code #} comments skipped), numbered from 1. */
    public static List<Question> lines(String text) {
        List<Question> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String q = line.strip();
            if (!q.isEmpty() && !q.startsWith("#")) {
                out.add(new Question(out.size() + 1, "", q));
            }
        }
        return out;
    }
}
