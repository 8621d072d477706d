package org.symqa.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.symqa.paper.Headings;
import org.symqa.paper.PaperAnswer;
import org.symqa.paper.PaperAnswerer;
import org.symqa.paper.PaperException;
import org.symqa.paper.PaperJson;
import org.symqa.paper.PaperReader;
import org.symqa.paper.PaperReport;
import org.symqa.paper.PaperText;
import org.symqa.paper.Question;
import org.symqa.text.Deadline;

/**
 * Reads one paper within its limits and answers its questions, as {@code symqa paper} does: the entry point for
 * anything that runs papers (the CLI, a Spark job). {@link #rows} gives the lines of {@code paper --format json}: one
 * per question, or one error line. Immutable, and thread-safe when the pipeline is.
 *
 * @param answerer  answers the questions of a paper
 * @param headings  how section headings are found
 * @param questions the questions
 * @param maxInput  the largest paper file in bytes
 * @param maxText   the most characters of text of one paper
 * @param millis    the time one paper may take, reading and every question
 */
public record PaperRows(PaperAnswerer answerer, Headings headings, List<Question> questions, long maxInput, long maxText,
                        long millis) {
    /** The defaults of {@code symqa paper}: 256 MiB files, 16 Mi characters, 300 s a paper. */
    public static final long DEFAULT_MAX_INPUT = 256L << 20;
    /** The default most characters of one paper. */
    public static final long DEFAULT_MAX_TEXT = 16L << 20;
    /** The default time of one paper, in milliseconds. */
    public static final long DEFAULT_MILLIS = 300_000;

    /** Checks the parts. */
    public PaperRows {
        if (answerer == null || headings == null || questions == null || questions.isEmpty()) {
            throw new IllegalArgumentException("an answerer, headings and questions are needed");
        }
        if (maxInput < 1 || maxText < 1 || millis < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        questions = List.copyOf(questions);
    }

    /** Reads the paper (within the size limits) under the UID its file name gives, and answers its questions. */
    public PaperReport report(Path file, String display) throws PaperException {
        return report(file, null, display);
    }

    /**
     * Reads the paper (within the size limits) under {@code uid} (null: the one its file name gives) and answers its
     * questions; no time limit of its own.
     */
    public PaperReport report(Path file, String uid, String display) throws PaperException {
        try {
            long size = Files.size(file);
            if (size > maxInput) {
                throw new PaperException("file of " + LineAnswerer.bytes(size) + " is over the limit of "
                        + LineAnswerer.bytes(maxInput) + " (--max-input)");
            }
        } catch (IOException e) {
            throw new PaperException("cannot read: " + e.getMessage(), e);
        }
        PaperText paper = uid == null ? PaperReader.read(file, display, headings)
                : PaperReader.read(file, uid, display, headings);
        long chars = paper.pages().stream().mapToLong(p -> p.text().length()).sum();
        if (chars > maxText) {
            throw new PaperException(String.format(Locale.ROOT, "%,d characters of text, over the limit of %,d (--max-text)",
                    chars, maxText));
        }
        return answerer.answer(paper, questions);
    }

    /** The JSON lines of one paper: a result per question, or one error line naming the file; never throws. */
    public List<ObjectNode> rows(Path file, String display) {
        PaperReport report;
        try {
            report = Deadline.in(millis).call(() -> report(file, display));
        } catch (Throwable e) {
            return List.of(PaperJson.error(display, failure(e)));
        }
        List<ObjectNode> out = new ArrayList<>();
        for (PaperAnswer a : report.answers()) {
            out.add(PaperJson.of(report, a));
        }
        return out;
    }

    /** {@link #rows} as the lines that batch runners write ({@link LineAnswerer#printable}). */
    public List<String> lines(Path file, String display) {
        return rows(file, display).stream().map(LineAnswerer::printable).toList();
    }

    /** The one-line message of a paper that failed. */
    public static String failure(Throwable e) {
        return e instanceof PaperException ? e.getMessage() : ItemFailure.describe(e);
    }
}
