package org.symqa.prompt;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.symqa.resources.KeyValueFile;
import org.symqa.resources.SourceException;

/**
 * The patterns that recognise prompt layouts, read from {@code rules/prompt-layout.txt}.
 *
 * @param stuffHeader        the stuff-QA header line
 * @param stuffQuestion      the "Question:" marker that ends the context
 * @param stuffTail          the "Helpful Answer:" tail
 * @param query              the quoted query of the query template (group 1)
 * @param queryUnquoted      an unquoted "Query:" line (group 1)
 * @param wordLimit          "less than N words" (group 1)
 * @param answerBlock        the Answer::: marker
 * @param plainQuestionLabel a "Question:" label at the start of a plain prompt
 * @param plainContextLabel  a "Context:" label at the start of a plain prompt's context
 * @param chunkSize          the largest chunk, in characters, when blocks are grouped into chunks
 * @param stuffChunks        how many chunks a stuff prompt holds (the retrieval's k) when its blocks allow it
 */
public record PromptLayout(Pattern stuffHeader, Pattern stuffQuestion, Pattern stuffTail, Pattern query,
                           Pattern queryUnquoted, Pattern wordLimit, Pattern answerBlock,
                           Pattern plainQuestionLabel, Pattern plainContextLabel, int chunkSize,
                           int stuffChunks) {

    public PromptLayout {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk-size must be positive");
        }
        if (stuffChunks < 1) {
            throw new IllegalArgumentException("stuff-chunks must be positive");
        }
    }

    /** Reads the layout file. */
    public static PromptLayout from(KeyValueFile file) throws SourceException {
        int chunkSize = positive(file, "chunk-size");
        int stuffChunks = positive(file, "stuff-chunks");
        return new PromptLayout(
                compile(file, "stuff-header"), compile(file, "stuff-question"), compile(file, "stuff-tail"),
                compile(file, "query"), compile(file, "query-unquoted"), compile(file, "word-limit"),
                compile(file, "answer-block"), compile(file, "plain-question-label"),
                compile(file, "plain-context-label"), chunkSize, stuffChunks);
    }

    private static int positive(KeyValueFile file, String key) throws SourceException {
        KeyValueFile.Entry e = file.require(key);
        try {
            int n = Integer.parseInt(e.value());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw new SourceException(file.name(), e.line(), key.length() + 3, key + " is not a positive whole number: "
                + e.value());
    }

    private static Pattern compile(KeyValueFile file, String key) throws SourceException {
        KeyValueFile.Entry e = file.require(key);
        try {
            return Pattern.compile(e.value(), Pattern.MULTILINE);
        } catch (PatternSyntaxException ex) {
            throw new SourceException(file.name(), e.line(), key.length() + 3 + Math.max(ex.getIndex(), 0),
                    "bad pattern for " + key + ": " + ex.getDescription());
        }
    }
}
