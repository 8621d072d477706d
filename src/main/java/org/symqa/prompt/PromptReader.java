package org.symqa.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symqa.text.RepairedText;

/**
 * Reads a prompt in any layout symqa knows: a JSON object ({@code prompt}, or {@code question} with
 * {@code contexts}), LangChain's stuff-QA text, a prompt with labelled parts ("Context:", "Question:"), or a plain
 * question followed by context.
 */
public final class PromptReader {
    private final List<PromptParser> textParsers;
    private final QuestionBlock questions;

    public PromptReader(PromptLayout layout) {
        this.textParsers = List.of(new StuffQaParser(layout), new LabelledParser(layout), new PlainParser(layout));
        this.questions = new QuestionBlock(layout);
    }

    /**
     * Reads prompt text (or a JSON object in text form). The layouts are recognised on the text with {@code \n}
     * line ends and without control characters; chunks keep the text as it came, so evidence offsets point into it.
     */
    public Prompt read(String text) throws PromptException {
        if (text.isBlank()) {
            throw new PromptException("empty input: no prompt");
        }
        String stripped = text.strip();
        if (stripped.startsWith("{") || stripped.startsWith("[")) {
            return readJson(JsonInput.parseObject(text));
        }
        RepairedText source = RepairedText.of(text);
        for (PromptParser parser : textParsers) {
            Optional<Prompt> prompt = parser.parse(source);
            if (prompt.isPresent()) {
                return prompt.get();
            }
        }
        throw new PromptException("no question found: expected a stuff-QA prompt, a 'Question:' or 'Query:' line with "
                + "its context, a first paragraph ending in '?', or a JSON object with 'question' and 'contexts'");
    }

    /** Reads a JSON object: {@code {"prompt": ...}} or {@code {"question": ..., "contexts": [...]}}. */
    public Prompt readJson(JsonNode node) throws PromptException {
        JsonNode prompt = node.get("prompt");
        if (prompt != null && !prompt.isNull()) {
            if (!prompt.isTextual()) {
                throw new PromptException("field 'prompt' is not a string");
            }
            return read(prompt.asText());
        }
        JsonNode question = node.get("question");
        if (question == null || !question.isTextual() || question.asText().isBlank()) {
            throw new PromptException("no question found: JSON needs a string 'prompt', or 'question' with 'contexts'");
        }
        JsonNode contexts = node.get("contexts");
        if (contexts == null) {
            contexts = node.get("context");
        }
        List<String> chunks = new ArrayList<>();
        if (contexts != null && contexts.isArray()) {
            for (int i = 0; i < contexts.size(); i++) {
                JsonNode c = contexts.get(i);
                if (!c.isTextual()) {
                    throw new PromptException("contexts[" + i + "] is not a string");
                }
                if (!c.asText().isBlank()) {
                    chunks.add(c.asText());
                }
            }
        } else if (contexts != null && contexts.isTextual()) {
            chunks.add(contexts.asText());
        } else if (contexts != null && !contexts.isNull()) {
            throw new PromptException("'contexts' is neither a list of strings nor a string");
        }
        return questions.toPrompt(RepairedText.of(question.asText()).text(), chunks);
    }
}
