package org.symqa.prompt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * Parses one JSON object of input, strictly (nothing may follow the object), turning a syntax error into a one-line
 * message with its column.
 */
public final class JsonInput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonInput() {
    }

    /** Parses text that must hold exactly one JSON object. */
    public static JsonNode parseObject(String text) throws PromptException {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr()
                    + (at.getLineNr() > 1 ? " of line " + at.getLineNr() : "");
            throw new PromptException("malformed JSON" + where + ": " + e.getOriginalMessage().split("\n")[0]);
        }
        if (node == null || !node.isObject()) {
            throw new PromptException("JSON input is not an object");
        }
        return node;
    }

    /**
     * The size of the prompt a JSON object holds, in bytes of UTF-8: its {@code prompt} string, or its
     * {@code question} and {@code contexts} (or {@code context}) strings together.
     */
    public static long promptBytes(JsonNode node) {
        long n = 0;
        for (String field : new String[] {"prompt", "question", "contexts", "context"}) {
            JsonNode v = node.get(field);
            if (v == null) {
                continue;
            }
            if (v.isTextual()) {
                n += utf8(v.asText());
            } else if (v.isArray()) {
                for (JsonNode c : v) {
                    if (c.isTextual()) {
                        n += utf8(c.asText());
                    }
                }
            }
        }
        return n;
    }

    private static long utf8(String s) {
        return s.isEmpty() ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
