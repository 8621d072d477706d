package org.symqa.prompt;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symqa.text.Deadline;
import org.symqa.text.RepairedText;

/**
 * A plain prompt: the question in the first paragraph (ending with "?" or labelled "Question:"), then the
 * context, optionally labelled "Context:".
 */
public final class PlainParser implements PromptParser {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*+\\n");

    private final PromptLayout layout;
    private final ChunkSplitter splitter;
    private final QuestionBlock questions;

    public PlainParser(PromptLayout layout) {
        this.layout = layout;
        this.splitter = new ChunkSplitter(layout.chunkSize(), 1);
        this.questions = new QuestionBlock(layout);
    }

    @Override
    public Optional<Prompt> parse(RepairedText source) throws PromptException {
        String text = source.text();
        int at = leadingSpace(text);
        String body = text.strip();
        Matcher label = layout.plainQuestionLabel().matcher(Deadline.watched(body));
        boolean labelled = label.lookingAt();
        if (labelled) {
            at += label.end();
            body = body.substring(label.end());
        }
        int end = firstBlankLine(body);
        String first = (end < 0 ? body : body.substring(0, end)).strip();
        if (!labelled && !first.endsWith("?")) {
            return Optional.empty();
        }
        String rest = end < 0 ? "" : body.substring(end);
        int contextStart = at + (end < 0 ? body.length() : end) + leadingSpace(rest);
        String context = rest.strip();
        Matcher contextLabel = layout.plainContextLabel().matcher(Deadline.watched(context));
        if (contextLabel.lookingAt()) {
            contextStart += contextLabel.end();
            context = context.substring(contextLabel.end());
        }
        return Optional.of(questions.toPrompt(first, splitter.split(source, contextStart, contextStart + context.length())));
    }

    /** How many white-space characters {@link String#strip} takes off the start of {@code s}. */
    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static int firstBlankLine(String s) {
        Matcher m = BLANK_LINE.matcher(s);
        return m.find() ? m.start() : -1;
    }
}
