package org.symqa.cli;

import org.symqa.ResultJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.symqa.Symqa;
import org.symqa.batch.PaperRows;
import org.symqa.paper.CsvTable;
import org.symqa.paper.Headings;
import org.symqa.paper.MarkdownReport;
import org.symqa.paper.PaperAnswer;
import org.symqa.paper.PaperAnswerer;
import org.symqa.paper.PaperException;
import org.symqa.paper.PaperJson;
import org.symqa.paper.PaperReport;
import org.symqa.paper.Question;
import org.symqa.paper.Questions;
import org.symqa.paper.Strategy;
import org.symqa.resources.SourceException;
import org.symqa.text.Deadline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code symqa paper}: answers the 28 questions (or others) for whole papers, PDF or text. */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = {"Answers the 28 questions of the study (or --questions) for whole papers.",
            "Papers are PDF files, text files (pages separated by form feeds) and folders of them (searched for "
            + ".pdf and .txt files, in path order). Evidence is cited with its page and section "
            + "('page 4, section 2.3'). A file that cannot be read (encrypted, broken, no text layer, not a PDF) "
            + "gets a one-line error and the others still run; the exit code is then 1. Progress and a summary go "
            + "to standard error.",
            "",
            "Examples:",
            "  symqa paper paper.pdf",
            "  symqa paper papers/ --format csv -o table.csv --long answers.csv",
            "  symqa paper paper.pdf --scan retrieve --k 4 --format json"})
final class PaperCommand implements Callable<Integer> {
    /** PDFBox reports recoverable damage through java.util.logging; the one-line errors say what matters. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");

    enum Format { md, json, csv }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "PDF or text papers, or folders of them.")
    List<Path> inputs;

    @Option(names = "--scan", paramLabel = "all|retrieve", defaultValue = "all",
            description = "all (default): every question's rules over every sentence. retrieve: imitate the published "
                    + "pipeline (1000-character chunks, 50 overlap, top --k chunks per question by BM25).")
    String scan;

    @Option(names = "--k", paramLabel = "N", defaultValue = "4", description = "Chunks per question with --scan retrieve (default 4).")
    int k;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "Questions one a line (# comments), numbered CQ1.. in file order, instead of the 28 of the study.")
    Path questionsFile;

    @Option(names = "--format", paramLabel = "md|json|csv", defaultValue = "md",
            description = "md (default): a report per paper. json: a result line per question. csv: a row per paper "
                    + "(UID, then CQ1 to CQ28: Yes when answered, else No), the published study's layout.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--long", paramLabel = "FILE",
            description = "Also write the long CSV form, a row per evidence sentence: UID, CQ, question, verdict, "
                    + "answer, evidence, page, section.")
    Path longOutput;

    @Option(names = "--quiet", description = "No progress lines (errors and the summary are still printed).")
    boolean quiet;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Time one paper may take, reading and every question; then it fails and the next runs (default: 300).")
    double timeLimit = 300;

    @Option(names = "--max-input", paramLabel = "BYTES", converter = Sizes.class,
            description = "Largest paper file (default: 256M); a larger one fails unread.")
    long maxInput = PaperRows.DEFAULT_MAX_INPUT;

    @Option(names = "--max-text", paramLabel = "CHARS", converter = Sizes.class,
            description = "Most text one paper may hold, in characters (default: 16M); a paper with more fails.")
    long maxText = PaperRows.DEFAULT_MAX_TEXT;

    @Mixin
    EngineOptions engine;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Strategy strategy;
        try {
            strategy = Strategy.valueOf(scan.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("symqa paper: --scan must be all or retrieve, not '" + scan + "'");
            return 2;
        }
        if (k < 1) {
            err.println("symqa paper: --k must be at least 1");
            return 2;
        }
        PDFBOX_LOG.setLevel(Level.OFF);
        FONTBOX_LOG.setLevel(Level.OFF);
        Symqa symqa;
        List<Question> questions;
        Headings headings;
        try {
            questions = questions();
            symqa = engine.build();
            headings = Headings.from(symqa.ruleSet().lexicons());
        } catch (CliException e) {
            err.println("symqa paper: " + e.getMessage());
            return 1;
        } catch (SourceException e) {
            err.println("symqa paper: rule file error: " + e.getMessage());
            return 1;
        }
        if (!(timeLimit > 0) || timeLimit > 86_400) {
            err.println("symqa paper: --time-limit must be above 0 and at most 86400 seconds, not " + timeLimit);
            return 2;
        }
        long millis = Math.max(1, Math.round(timeLimit * 1000));
        PaperRows rows = new PaperRows(new PaperAnswerer(symqa, strategy, k), headings, questions, maxInput, maxText, millis);
        List<PaperInputs.Input> files = PaperInputs.expand(inputs);
        int failed = 0;
        long t0 = System.nanoTime();
        try (Output out = Output.open(output); Output longOut = longOutput == null ? null : Output.open(longOutput)) {
            if (format == Format.csv) {
                out.line(CsvTable.header(questions));
            }
            if (longOut != null) {
                longOut.line(CsvTable.LONG_HEADER);
            }
            for (int i = 0; i < files.size(); i++) {
                PaperInputs.Input in = files.get(i);
                String prefix = "symqa paper: [" + (i + 1) + "/" + files.size() + "] " + in.display() + ": ";
                long t = System.nanoTime();
                PaperReport report;
                try {
                    report = Deadline.in(millis).call(() -> read(in, rows));
                } catch (Throwable e) {
                    String message = PaperRows.failure(e);
                    failed++;
                    err.println(prefix + "error: " + message);
                    err.flush();
                    if (format == Format.json) {
                        out.line(ResultJson.line(PaperJson.error(in.display(), message)));
                        out.flush();
                    }
                    continue;
                }
                write(out, report, i == 0 || files.size() == 1);
                if (longOut != null) {
                    for (String row : CsvTable.longRows(report)) {
                        longOut.line(row);
                    }
                    longOut.flush();
                }
                if (!quiet) {
                    err.printf(Locale.ROOT, "%s%d pages, %d of %d answered (%.1f s)%n", prefix, report.paper().pages().size(),
                            report.answeredCount(), report.answers().size(), (System.nanoTime() - t) / 1e9);
                    err.flush();
                }
            }
        } catch (Output.OutputException e) {
            err.println("symqa paper: " + e.getMessage());
            err.flush();
            return Output.OutputException.EXIT;
        }
        err.printf(Locale.ROOT, "symqa paper: %s (%.1f s)%n", summary(files.size(), failed), (System.nanoTime() - t0) / 1e9);
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** {@code 1 paper: 1 answered file}, {@code 20 papers: 18 answered files, 2 failed}. */
    static String summary(int papers, int failed) {
        int answered = papers - failed;
        return plural(papers, "paper") + ": " + plural(answered, "answered file") + ", " + failed + " failed";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }


    /** Reads one paper (within the size limits) and answers its questions. */
    private static PaperReport read(PaperInputs.Input in, PaperRows rows) throws PaperException {
        if (in.problem() != null) {
            throw new PaperException(in.problem());
        }
        return rows.report(in.path(), in.uid(), in.display());
    }

    private void write(Output out, PaperReport report, boolean first) throws Output.OutputException {
        switch (format) {
            case md -> out.write((first ? "" : "\n") + MarkdownReport.of(report));
            case csv -> out.line(CsvTable.row(report));
            case json -> {
                for (PaperAnswer a : report.answers()) {
                    out.line(ResultJson.line(PaperJson.of(report, a)));
                }
            }
        }
        out.flush();
    }

    private List<Question> questions() throws CliException, SourceException {
        if (questionsFile == null) {
            return Questions.canonical(engine.ruleSource());
        }
        List<Question> qs;
        try {
            qs = Questions.lines(InputText.read(questionsFile.toString(), System.in, Sizes.MIB, null));
        } catch (CliException e) {
            throw new CliException("--questions " + e.getMessage());
        }
        if (qs.isEmpty()) {
            throw new CliException("--questions " + questionsFile + ": no questions in the file");
        }
        return qs;
    }
}
