package org.symqa.paper;

import java.util.List;

/**
 * A paper's answers as a readable Markdown report: each question, its verdict, answer and located evidence. Text
 * taken from the paper or its file name is escaped: HTML ({@code <script>}) shows as text, and no link can be
 * formed from it ({@code [x](javascript:...)}), so the report is safe to render.
 */
public final class MarkdownReport {
    /** How many evidence sentences are listed per question; the JSON output has them all. */
    public static final int MAX_EVIDENCE = 10;

    private MarkdownReport() {
    }

    /** The report of one paper, ending with a newline. */
    public static String of(PaperReport report) {
        StringBuilder b = new StringBuilder();
        PaperText paper = report.paper();
        b.append("# ").append(text(paper.uid())).append("\n\n");
        b.append(text(paper.source())).append(": ").append(paper.pages().size())
                .append(paper.pages().size() == 1 ? " page" : " pages").append(", ")
                .append(paper.headings().size()).append(" section headings found. ");
        if (report.strategy() == Strategy.ALL) {
            b.append("Scan of every sentence; in answers, [n] is page n.\n\n");
        } else {
            b.append("Retrieval of the best chunks per question (BM25); in answers, [n] is the n-th chunk retrieved.\n\n");
        }
        b.append("Answered: ").append(report.answeredCount()).append(" of ").append(report.answers().size())
                .append(" questions.\n");
        for (PaperAnswer a : report.answers()) {
            b.append("\n## ").append(a.question().column()).append(". ").append(text(a.question().text())).append("\n\n");
            b.append("**Verdict:** ").append(a.verdict().json()).append(" (topic: ")
                    .append(String.join(", ", a.result().topicIds())).append(")\n\n");
            for (String line : a.result().answer().text().split("\n")) {
                b.append(line.isBlank() ? ">" : "> " + text(line)).append('\n');
            }
            List<Citation> cs = a.citations();
            if (!cs.isEmpty()) {
                b.append('\n').append(a.answered() ? "Evidence:" : "Related evidence:").append('\n');
                for (Citation c : cs.subList(0, Math.min(cs.size(), MAX_EVIDENCE))) {
                    b.append("- ").append(c.location().cite());
                    if (c.location().section() != null && !c.location().section().number().isEmpty()) {
                        b.append(" (").append(text(c.location().section().title())).append(')');
                    }
                    b.append(": \"").append(text(oneLine(c.evidence().text()))).append("\" (rule `")
                            .append(c.evidence().rule()).append("`)\n");
                }
                if (cs.size() > MAX_EVIDENCE) {
                    b.append("- ... and ").append(cs.size() - MAX_EVIDENCE).append(" more (see `--format json`)\n");
                }
            }
        }
        return b.toString();
    }

    /**
     * Text from the paper as Markdown that renders as that text: {@code & < >} as entities, and {@code [ ] \ `}
     * backslash-escaped, so that it holds no HTML, no link and no code span.
     */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '[', ']', '\\', '`' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
