package org.symqa.prompt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
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
 * @param labelledQuestion   a question label at a line start in a labelled prompt ("Question:", "Query:")
 * @param labelledContext    a context label at a line start in a labelled prompt ("Context:", {@code <context>})
 * @param labelledEnd        a label that ends a part and starts none ("Answer:", {@code </context>})
 * @param labelledFence      a fence line around a labelled prompt's context (a line of dashes)
 * @param chunkSize          the largest chunk, in characters, when blocks are grouped into chunks
 * @param stuffChunks        how many chunks a stuff prompt holds (the retrieval's k) when its blocks allow it
 * @param maxQuestion        the longest question part of a prompt, in characters
 */
public record PromptLayout(Pattern stuffHeader, Pattern stuffQuestion, Pattern stuffTail, Pattern query,
                           Pattern queryUnquoted, Pattern wordLimit, Pattern answerBlock,
                           Pattern plainQuestionLabel, Pattern plainContextLabel, Pattern labelledQuestion,
                           Pattern labelledContext, Pattern labelledEnd, Pattern labelledFence, int chunkSize,
                           int stuffChunks, int maxQuestion) {
    private static final List<String> PATTERNS = List.of("stuff-header", "stuff-question", "stuff-tail", "query",
            "query-unquoted", "word-limit", "answer-block", "plain-question-label", "plain-context-label",
            "labelled-question", "labelled-context", "labelled-end", "labelled-fence");
    /** Patterns whose group 1 is what they find. */
    private static final List<String> WITH_GROUP = List.of("query", "query-unquoted", "word-limit");
    /** The largest chunk size and question limit accepted. */
    private static final int MAX_SIZE = 1 << 20;
    /** The most chunks a stuff prompt may be said to hold. */
    private static final int MAX_CHUNKS = 100;

    public PromptLayout {
        if (chunkSize < 1 || chunkSize > MAX_SIZE) {
            throw new IllegalArgumentException("chunk-size must be from 1 to " + MAX_SIZE);
        }
        if (stuffChunks < 1 || stuffChunks > MAX_CHUNKS) {
            throw new IllegalArgumentException("stuff-chunks must be from 1 to " + MAX_CHUNKS);
        }
        if (maxQuestion < 1 || maxQuestion > MAX_SIZE) {
            throw new IllegalArgumentException("max-question must be from 1 to " + MAX_SIZE);
        }
    }

    /** Reads the layout file; the first problem is thrown. */
    public static PromptLayout from(KeyValueFile file) throws SourceException {
        List<SourceException> errors = new ArrayList<>();
        PromptLayout layout = from(file, errors);
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return layout;
    }

    /** Reads the layout file, adding every problem to {@code errors} (unknown or repeated keys, bad patterns, numbers out of range); null when there is one. */
    public static PromptLayout from(KeyValueFile file, Collection<SourceException> errors) {
        int before = errors.size();
        List<String> keys = new ArrayList<>(PATTERNS);
        keys.add("chunk-size");
        keys.add("stuff-chunks");
        keys.add("max-question");
        file.checkKeys(keys, List.of(), errors);
        file.checkPresent(keys, errors);
        List<Pattern> patterns = new ArrayList<>();
        for (String key : PATTERNS) {
            patterns.add(compile(file, key, errors));
        }
        Integer chunkSize = file.find("chunk-size").map(e -> file.number(e, 1, MAX_SIZE, errors)).orElse(null);
        Integer stuffChunks = file.find("stuff-chunks").map(e -> file.number(e, 1, MAX_CHUNKS, errors)).orElse(null);
        Integer maxQuestion = file.find("max-question").map(e -> file.number(e, 1, MAX_SIZE, errors)).orElse(null);
        if (errors.size() > before) {
            return null;
        }
        return new PromptLayout(patterns.get(0), patterns.get(1), patterns.get(2), patterns.get(3), patterns.get(4),
                patterns.get(5), patterns.get(6), patterns.get(7), patterns.get(8), patterns.get(9), patterns.get(10),
                patterns.get(11), patterns.get(12), chunkSize, stuffChunks, maxQuestion);
    }

    private static Pattern compile(KeyValueFile file, String key, Collection<SourceException> errors) {
        KeyValueFile.Entry e = file.find(key).orElse(null);
        if (e == null) {
            return null;
        }
        try {
            Pattern p = Pattern.compile(e.value(), Pattern.MULTILINE);
            if (WITH_GROUP.contains(key) && p.matcher("").groupCount() < 1) {
                errors.add(new SourceException(file.name(), e.line(), e.column(), key + " needs a group (...) around what it finds"));
            }
            return p;
        } catch (PatternSyntaxException ex) {
            errors.add(new SourceException(file.name(), e.line(), e.column() + Math.max(ex.getIndex(), 0),
                    "bad pattern for " + key + ": " + ex.getDescription()));
            return null;
        }
    }

    /** Where the part a match ends stops: the start of its group {@code at} when the pattern has one, else of the match. */
    static int partEnd(Matcher m) {
        if (m.pattern().pattern().contains("(?<at>")) {
            int at = m.start("at");
            if (at >= 0) {
                return at;
            }
        }
        return m.start();
    }
}
