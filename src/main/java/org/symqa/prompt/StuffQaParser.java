package org.symqa.prompt;

import java.util.Optional;
import java.util.regex.Matcher;

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
    public Optional<Prompt> parse(String text) throws PromptException {
        Matcher header = layout.stuffHeader().matcher(text);
        if (!header.lookingAt()) {
            return Optional.empty();
        }
        Matcher marker = layout.stuffQuestion().matcher(text);
        int questionStart = -1;
        int contextEnd = -1;
        marker.region(header.end() - 1, text.length());
        while (marker.find()) {
            contextEnd = marker.start();
            questionStart = marker.end();
        }
        if (questionStart < 0) {
            throw new PromptException("stuff-QA prompt has no 'Question:' line after its context");
        }
        String context = contextEnd > header.end() ? text.substring(header.end(), contextEnd) : "";
        String block = text.substring(questionStart);
        Matcher tail = layout.stuffTail().matcher(block);
        if (tail.find()) {
            block = block.substring(0, tail.start());
        }
        return Optional.of(questions.toPrompt(block, splitter.split(context)));
    }
}
