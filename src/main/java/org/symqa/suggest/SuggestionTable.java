package org.symqa.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes suggestions as a Markdown report for rule authors or as a TSV table for tools; same input, same bytes. */
public final class SuggestionTable {
    private static final String[] COLUMNS =
            {"term", "written", "ans", "unans", "precision", "score", "quoted", "near", "missed", "at-risk", "covered", "lexicons"};

    private SuggestionTable() {
    }

    /** A Markdown report: what was counted on what, the table, and what its columns mean. */
    public static String markdown(Suggestions s, String source) {
        SuggestSettings set = s.settings();
        StringBuilder out = new StringBuilder();
        out.append("# Candidate terms for ").append(s.topic()).append(" (CQ").append(s.cq()).append(")\n\n");
        out.append("Gold file `").append(source).append("`: ").append(s.items()).append(" items of the topic, ")
                .append(s.answerable()).append(" answerable and ").append(s.unanswerable())
                .append(" unanswerable (base precision ").append(f3(s.base())).append("). symqa answers ")
                .append(s.answeredAnswerable()).append(" of the answerable and ").append(s.answeredUnanswerable())
                .append(" of the unanswerable items now.\n\n");
        if (set.terms().isEmpty()) {
            out.append("Candidates: lemmas of 1 to ").append(set.maxWords()).append(" words that a Yes answer quotes or ")
                    .append("that stand within ").append(set.window()).append(" words of a rule term of the topic, in at ")
                    .append("least ").append(set.minCount()).append(" answerable items; ");
        } else {
            out.append("The ").append(set.terms().size()).append(" terms asked for");
            if (!s.absent().isEmpty()) {
                out.append(" (in no item: ").append(String.join(", ", s.absent())).append(")");
            }
            out.append("; ");
        }
        out.append("score = (ans + ").append(num(set.prior())).append(" × base) / (ans + unans + ")
                .append(num(set.prior())).append("). ");
        out.append(s.candidates().size() < s.proposed()
                ? "The best " + s.candidates().size() + " of " + s.proposed() + ".\n\n"
                : "All " + s.proposed() + ".\n\n");
        out.append("| # | ").append(String.join(" | ", COLUMNS)).append(" |\n");
        out.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        int rank = 0;
        for (Candidate c : s.candidates()) {
            List<String> cells = cells(c);
            cells.replaceAll(x -> x.replace("|", "\\|"));
            cells.set(0, "`" + cells.get(0) + "`");
            if (!cells.get(1).equals("-")) {
                cells.set(1, "`" + cells.get(1) + "`");
            }
            out.append("| ").append(++rank).append(" | ").append(String.join(" | ", cells)).append(" |\n");
        }
        out.append("\nwritten: the term as most often written, when that is not its lemmas; ans, unans: answerable ")
                .append("and unanswerable items whose context holds the term; precision = ans / (ans + unans); quoted: ")
                .append("items where a Yes answer quotes it; near: items where it stands near a rule term; missed: ")
                .append("answerable items holding it that symqa does not answer now; at-risk: unanswerable items holding ")
                .append("it that symqa rightly does not answer now; covered: the topic's rule item that ")
                .append("already holds it; lexicons: lexicons with a term inside it.\n");
        return out.toString();
    }

    /** A TSV table: a header line, then one line per candidate, best first. */
    public static String tsv(Suggestions s) {
        StringBuilder out = new StringBuilder(String.join("\t", COLUMNS)).append('\n');
        for (Candidate c : s.candidates()) {
            out.append(String.join("\t", cells(c))).append('\n');
        }
        return out.toString();
    }

    private static List<String> cells(Candidate c) {
        return new ArrayList<>(List.of(c.term(), c.written().equals(c.term()) ? "-" : c.written(),
                Integer.toString(c.answerable()),
                Integer.toString(c.unanswerable()), f3(c.precision()), f3(c.score()), Integer.toString(c.quoted()),
                Integer.toString(c.near()), Integer.toString(c.missed()), Integer.toString(c.atRisk()),
                c.covered().isEmpty() ? "-" : c.covered(),
                c.lexicons().isEmpty() ? "-" : String.join(" ", c.lexicons())));
    }

    private static String f3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    private static String num(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
