package org.symqa.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a legacy completions request ({@code POST /v1/completions}) asks for.
 *
 * @param model        the model name to echo
 * @param prompts      the prompts (one, or each string of a {@code prompt} array: a choice each)
 * @param stream       true for server-sent events
 * @param includeUsage true when {@code stream_options.include_usage} asks for a usage chunk
 * @param maxTokens    the word cap, 0 for none
 */
record CompletionRequest(String model, List<String> prompts, boolean stream, boolean includeUsage, int maxTokens) {
    CompletionRequest {
        prompts = List.copyOf(prompts);
    }

    /** Reads a completions request; a missing or malformed field is a 400 naming it. */
    static CompletionRequest parse(JsonNode body) throws ApiError {
        String model = OpenAiJson.model(body);
        JsonNode prompt = body.get("prompt");
        List<String> prompts = new ArrayList<>();
        if (prompt != null && prompt.isTextual()) {
            prompts.add(prompt.asText());
        } else if (prompt != null && prompt.isArray()) {
            for (int i = 0; i < prompt.size(); i++) {
                if (!prompt.get(i).isTextual()) {
                    throw ApiError.badRequest("invalid_type", "prompt", "'prompt' must be a string or an array of "
                            + "strings (token arrays are not supported: symqa reads text)");
                }
                prompts.add(prompt.get(i).asText());
            }
        } else if (prompt != null && !prompt.isNull()) {
            throw ApiError.badRequest("invalid_type", "prompt", "'prompt' must be a string or an array of strings");
        }
        if (prompts.isEmpty() || prompts.stream().anyMatch(String::isBlank)) {
            throw ApiError.badRequest("missing_prompt", "prompt", "'prompt' must be a non-empty string (or an array of them)");
        }
        return new CompletionRequest(model, prompts, OpenAiJson.flag(body, "stream"), OpenAiJson.includeUsage(body),
                OpenAiJson.maxTokens(body));
    }
}
