package org.symqa.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chat request asks for, read from the OpenAI {@code messages} shape.
 *
 * @param model        the model name to echo
 * @param user         the last user message
 * @param prompt       the system messages (if any) and the last user message, separated by blank lines
 * @param fallback     when there are system messages: the user message first, then the system messages as
 *                     context (for chains that put the context in the system message and the bare question in
 *                     the user message, or a generic system line before a whole prompt); else null
 * @param stream       true for server-sent events
 * @param includeUsage true when {@code stream_options.include_usage} asks for a usage chunk
 * @param maxTokens    the word cap ({@code max_completion_tokens} or {@code max_tokens}), 0 for none
 */
record ChatRequest(String model, String user, String prompt, String fallback, boolean stream, boolean includeUsage,
                   int maxTokens) {

    /** Reads a chat request; a missing or malformed field is a 400 naming it. */
    static ChatRequest parse(JsonNode body) throws ApiError {
        String model = OpenAiJson.model(body);
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw ApiError.badRequest("missing_prompt", "messages", "'messages' must be a non-empty array");
        }
        List<String> system = new ArrayList<>();
        String user = null;
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            JsonNode role = m.get("role");
            if (!m.isObject() || role == null || !role.isTextual()) {
                throw ApiError.badRequest("invalid_type", "messages[" + i + "]", "messages[" + i
                        + "] must be an object with a string 'role'");
            }
            switch (role.asText()) {
                case "system", "developer" -> system.add(text(m.get("content"), i));
                case "user" -> user = text(m.get("content"), i);
                default -> {
                }
            }
        }
        if (user == null || user.isBlank()) {
            throw ApiError.badRequest("missing_prompt", "messages", "no non-empty message with role 'user' in 'messages'");
        }
        system.removeIf(String::isBlank);
        String prompt = system.isEmpty() ? user : String.join("\n\n", system) + "\n\n" + user;
        String fallback = system.isEmpty() ? null : user + "\n\n" + String.join("\n\n", system);
        return new ChatRequest(model, user, prompt, fallback, OpenAiJson.flag(body, "stream"),
                OpenAiJson.includeUsage(body), OpenAiJson.maxTokens(body));
    }

    /** The text of a message's content: a string, or the {@code text} of its parts of type {@code text}. */
    private static String text(JsonNode content, int i) throws ApiError {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder b = new StringBuilder();
            for (JsonNode part : content) {
                if ("text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
                    if (b.length() > 0) {
                        b.append('\n');
                    }
                    b.append(part.get("text").asText());
                }
            }
            return b.toString();
        }
        throw ApiError.badRequest("invalid_type", "messages[" + i + "].content",
                "messages[" + i + "].content must be a string or an array of {type: text, text} parts");
    }
}
