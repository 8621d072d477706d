package org.symqa.prompt;

import java.util.List;
import java.util.regex.Matcher;
import org.symqa.text.Deadline;

/**
 * Reads the question part of a prompt: the bare question inside a query template, the word limit and the
 * answer layout asked for.
 */
final class QuestionBlock {
    private final PromptLayout layout;

    QuestionBlock(PromptLayout layout) {
        this.layout = layout;
    }

    /** Builds the prompt from a question block and its chunks. */
    Prompt toPrompt(String block, List<String> chunks) throws PromptException {
        if (block.length() > layout.maxQuestion()) {
            throw new PromptException(String.format(java.util.Locale.ROOT,
                    "the question part is %,d characters, over the limit of %,d (max-question in the prompt layout)",
                    block.length(), layout.maxQuestion()));
        }
        String question = bareQuestion(block);
        if (question.isBlank()) {
            throw new PromptException("no question found in the prompt");
        }
        Matcher limit = layout.wordLimit().matcher(Deadline.watched(block));
        int words = 0;
        if (limit.find()) {
            try {
                words = Integer.parseInt(limit.group(1));
            } catch (NumberFormatException e) {
                throw new PromptException("word limit is not a number: " + limit.group(1));
            }
        }
        AnswerFormat format = layout.answerBlock().matcher(Deadline.watched(block)).find() ? AnswerFormat.ANSWER_BLOCK : AnswerFormat.PLAIN;
        return new Prompt(question, chunks, words, format);
    }

    private String bareQuestion(String block) {
        Matcher quoted = layout.query().matcher(Deadline.watched(block));
        if (quoted.find()) {
            return normalise(quoted.group(1));
        }
        Matcher unquoted = layout.queryUnquoted().matcher(Deadline.watched(block));
        if (unquoted.find()) {
            return normalise(unquoted.group(1));
        }
        return normalise(block);
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
