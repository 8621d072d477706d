package org.symqa.prompt;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses one JSON object of input, turning a syntax error into a one-line message with its column. */
public final class JsonInput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
}
