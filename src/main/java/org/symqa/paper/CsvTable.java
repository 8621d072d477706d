package org.symqa.paper;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV outputs: the wide table of the published study (one row per paper, {@code UID,CQ1..CQ28} with Yes/No,
 * Yes when the verdict is answered) and a long form (one row per evidence sentence of each answer).
 */
public final class CsvTable {
    /** The long form's header. */
    public static final String LONG_HEADER = "UID,CQ,question,verdict,answer,evidence,page,section";

    private CsvTable() {
    }

    /** The wide header for these questions: {@code UID,CQ1,...}. */
    public static String header(List<Question> questions) {
        List<String> cols = new ArrayList<>();
        cols.add("UID");
        questions.forEach(q -> cols.add(q.column()));
        return String.join(",", cols);
    }

    /** The wide row of one paper. */
    public static String row(PaperReport report) {
        List<String> cols = new ArrayList<>();
        cols.add(field(report.paper().uid()));
        report.answers().forEach(a -> cols.add(a.answered() ? "Yes" : "No"));
        return String.join(",", cols);
    }

    /** The long rows of one paper: a row per shown evidence sentence, or one row without evidence. */
    public static List<String> longRows(PaperReport report) {
        List<String> rows = new ArrayList<>();
        for (PaperAnswer a : report.answers()) {
            String head = String.join(",", field(report.paper().uid()), a.question().column(),
                    field(a.question().text()), a.verdict().json(), field(a.result().answer().text()));
            if (a.citations().isEmpty()) {
                rows.add(head + ",,,");
            }
            for (Citation c : a.citations()) {
                Heading s = c.location().section();
                rows.add(String.join(",", head, field(c.evidence().text()), Integer.toString(c.location().page()),
                        s == null ? "" : field(s.label())));
            }
        }
        return rows;
    }

    /**
     * A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). A field that starts with {@code =},
     * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading {@code '}, so that a spreadsheet shows it
     * as text and never runs it as a formula (OWASP's advice against CSV injection).
     */
    static String field(String text) {
        String s = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
