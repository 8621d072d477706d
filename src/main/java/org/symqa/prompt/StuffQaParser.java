package org.symqa.prompt;

import java.util.Optional;
import java.util.regex.Matcher;
import org.symqa.text.Deadline;
import org.symqa.text.RepairedText;

/**
 * LangChain's stuff-QA layout: a header line, the context chunks, {@code Question: ...} (often holding the
 * {@code %INSTRUCTIONS ... %Query} template) and {@code Helpful Answer:}.
 */
public final class StuffQaParser implements PromptParser {
    private final PromptLayout layout;
    private final ChunkSplitter splitter;
    private final QuestionBlock questions;

    public StuffQaParser(PromptLayout layout) {
        this.layout = layout;
        this.splitter = new ChunkSplitter(layout.chunkSize(), layout.stuffChunks());
        this.questions = new QuestionBlock(layout);
    }

    @Override
    public Optional<Prompt> parse(RepairedText source) throws PromptException {
        String text = source.text();
        CharSequence watched = Deadline.watched(text);
        Matcher header = layout.stuffHeader().matcher(watched);
        if (!header.lookingAt()) {
            return Optional.empty();
        }
        Matcher marker = layout.stuffQuestion().matcher(watched);
        int questionStart = -1;
        int contextEnd = -1;
        marker.region(header.end() - 1, text.length());
        while (marker.find()) {
            contextEnd = PromptLayout.partEnd(marker);
            questionStart = marker.end();
        }
        if (questionStart < 0) {
            throw new PromptException("stuff-QA prompt has no 'Question:' line after its context");
        }
        String block = text.substring(questionStart);
        Matcher tail = layout.stuffTail().matcher(Deadline.watched(block));
        if (tail.find()) {
            block = block.substring(0, PromptLayout.partEnd(tail));
        }
        int from = header.end();
        return Optional.of(questions.toPrompt(block, contextEnd > from ? splitter.split(source, from, contextEnd)
                : splitter.split(source, from, from)));
    }
}
