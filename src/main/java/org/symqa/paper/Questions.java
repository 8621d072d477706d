package org.symqa.paper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /** Parses {@code topic<TAB>cq<TAB>question} lines after a header line; the first problem is thrown. */
    static List<Question> parseTsv(String name, String text) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        List<Question> out = parseTsv(name, text, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return out;
    }

    /**
     * Parses {@code topic<TAB>cq<TAB>question} lines after the header line {@code topic<TAB>cq<TAB>question};
     * {@code #} lines are comments. Every malformed line is added to {@code errors}: not three columns, an empty
     * topic or question, a CQ number that is not a whole number from 1 to 999 or that repeats an earlier one.
     */
    public static List<Question> parseTsv(String name, String text, Collection<SourceException> errors) {
        return parseTsv(name, text, null, errors);
    }

    /** {@link #parseTsv(String, String, Collection)} that also reports topics not in {@code topics} (when not null). */
    public static List<Question> parseTsv(String name, String text, Collection<String> topics,
                                          Collection<SourceException> errors) {
        List<Question> out = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        String[] lines = text.split("\n", -1);
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = raw.split("\t", -1);
            if (header) {
                header = false;
                if (!(cols.length == 3 && cols[0].strip().equals("topic") && cols[1].strip().equals("cq")
                        && cols[2].strip().equals("question"))) {
                    errors.add(new SourceException(name, i + 1, 1, "expected the header line 'topic<TAB>cq<TAB>question'"));
                }
                continue;
            }
            if (cols.length != 3) {
                errors.add(new SourceException(name, i + 1, 1, "expected 3 tab-separated columns: topic, cq, question (found "
                        + cols.length + ")"));
                continue;
            }
            int cqColumn = cols[0].length() + 2;
            if (cols[0].isBlank()) {
                errors.add(new SourceException(name, i + 1, 1, "empty topic"));
                continue;
            }
            if (cols[2].isBlank()) {
                errors.add(new SourceException(name, i + 1, cqColumn + cols[1].length() + 1, "empty question"));
                continue;
            }
            int cq;
            try {
                cq = Integer.parseInt(cols[1].strip());
            } catch (NumberFormatException e) {
                cq = -1;
            }
            if (cq < 1 || cq > 999) {
                errors.add(new SourceException(name, i + 1, cqColumn, "cq must be a whole number from 1 to 999, not '"
                        + cols[1] + "'"));
                continue;
            }
            if (topics != null && !topics.contains(cols[0].strip())) {
                errors.add(new SourceException(name, i + 1, 1, "unknown topic '" + cols[0].strip() + "'"));
                continue;
            }
            Integer first = seen.putIfAbsent(cq, i + 1);
            if (first != null) {
                errors.add(new SourceException(name, i + 1, cqColumn, "duplicate cq " + cq + " (first on line " + first + ")"));
                continue;
            }
            out.add(new Question(cq, cols[0].strip(), cols[2].strip()));
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
