package org.symqa.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.symqa.Symqa;
import org.symqa.batch.LineAnswerer;
import org.symqa.batch.PaperRows;
import org.symqa.paper.Headings;
import org.symqa.paper.PaperAnswerer;
import org.symqa.paper.Questions;
import org.symqa.paper.Strategy;
import org.symqa.resources.ResourceSource;
import org.symqa.resources.SourceException;

/**
 * What every executor needs to build the same pipeline: where the rules and lexicons are (null: the ones embedded in
 * the core; else the name of a folder shipped with {@code SparkContext.addFile}, found with {@link SparkFiles}), and
 * the limits of one item. Sent to executors with each task; small and immutable.
 *
 * @param rules             the shipped rules folder's name, or null
 * @param lexicons          the shipped lexicon folder's name, or null
 * @param maxLine           the longest input line in bytes
 * @param maxPrompt         the largest prompt in bytes
 * @param millis            the time one prompt may take
 * @param paperMillis       the time one paper may take
 * @param maxSentenceTokens most tokens in a sentence
 */
record Settings(String rules, String lexicons, long maxLine, long maxPrompt, long millis, long paperMillis,
                int maxSentenceTokens) implements Serializable {
    /** Checks the limits. */
    Settings {
        if (maxLine < 1 || maxPrompt < 1 || millis < 1 || paperMillis < 1 || maxSentenceTokens < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Loads rules and lexicons from {@code rulesDir}/{@code lexiconsDir} (null: embedded) and builds the pipeline. */
    static Symqa load(Path rulesDir, Path lexiconsDir, int maxSentenceTokens) throws SourceException {
        return Symqa.load(source(rulesDir, "rules"), source(lexiconsDir, "lexicons"), maxSentenceTokens);
    }

    /** The pipeline on an executor, from the shipped folders. */
    Symqa load() throws SourceException {
        return load(shipped(rules), shipped(lexicons), maxSentenceTokens);
    }

    /** The answerer of JSON lines over a pipeline. */
    LineAnswerer lines(Symqa symqa) {
        return new LineAnswerer(symqa, maxLine, maxPrompt, millis, false, false);
    }

    /** The answerer of papers (the 28 questions, every sentence scanned) over a pipeline. */
    PaperRows papers(Symqa symqa) throws SourceException {
        Path r = shipped(rules);
        return new PaperRows(new PaperAnswerer(symqa, Strategy.ALL, 4), Headings.from(symqa.ruleSet().lexicons()),
                Questions.canonical(source(r, "rules")), PaperRows.DEFAULT_MAX_INPUT, PaperRows.DEFAULT_MAX_TEXT, paperMillis);
    }

    private static Path shipped(String name) {
        return name == null ? null : Path.of(SparkFiles.get(name));
    }

    private static ResourceSource source(Path dir, String embedded) {
        if (dir == null) {
            return ResourceSource.embedded(embedded);
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder");
        }
        return ResourceSource.directory(dir, dir.toString());
    }
}
