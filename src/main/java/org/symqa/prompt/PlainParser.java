package org.symqa.prompt;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A plain prompt: the question in the first paragraph (ending with "?" or labelled "Question:"), then the
 * context, optionally labelled "Context:".
 */
public final class PlainParser implements PromptParser {
    private final PromptLayout layout;
    private final ChunkSplitter splitter;
    private final QuestionBlock questions;

    public PlainParser(PromptLayout layout) {
        this.layout = layout;
        this.splitter = new ChunkSplitter(layout.chunkSize(), 1);
        this.questions = new QuestionBlock(layout);
    }

    @Override
    public Optional<Prompt> parse(String text) throws PromptException {
        String body = text.strip();
        Matcher label = layout.plainQuestionLabel().matcher(body);
        boolean labelled = label.lookingAt();
        if (labelled) {
            body = body.substring(label.end());
        }
        int end = firstBlankLine(body);
        String first = (end < 0 ? body : body.substring(0, end)).strip();
        if (!labelled && !first.endsWith("?")) {
            return Optional.empty();
        }
        String context = end < 0 ? "" : body.substring(end).strip();
        Matcher contextLabel = layout.plainContextLabel().matcher(context);
        if (contextLabel.lookingAt()) {
            context = context.substring(contextLabel.end());
        }
        return Optional.of(questions.toPrompt(first, splitter.split(context)));
    }

    private static int firstBlankLine(String s) {
        Matcher m = java.util.regex.Pattern.compile("\\n[ \\t]*\\n").matcher(s);
        return m.find() ? m.start() : -1;
    }
}
