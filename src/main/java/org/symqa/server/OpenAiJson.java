package org.symqa.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What the OpenAI chat and completions shapes share: ids, the object head, usage, answer pieces, request fields. */
final class OpenAiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private OpenAiJson() {
    }

    /** An id that depends only on the model name and the prompt: the prefix and 24 hex digits of a SHA-256. */
    static String id(String prefix, String model, String prompt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(model.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(prompt.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields every reply object starts with ({@code created} is always 0, so that replies are reproducible). */
    static ObjectNode head(String id, String object, String model, String fingerprint) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("object", object);
        o.put("created", 0);
        o.put("model", model);
        o.put("system_fingerprint", fingerprint);
        return o;
    }

    /** Usage in words: the prompt's and the answer's. */
    static void usage(ObjectNode u, int promptWords, int answerWords) {
        u.put("prompt_tokens", promptWords);
        u.put("completion_tokens", answerWords);
        u.put("total_tokens", promptWords + answerWords);
    }

    /** The answer cut after each line break, so that the pieces joined give the answer back exactly. */
    static List<String> pieces(String answer) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < answer.length(); i++) {
            if (answer.charAt(i) == '\n') {
                out.add(answer.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < answer.length()) {
            out.add(answer.substring(start));
        }
        return out;
    }

    /** The model name asked for (a string, or absent: {@value ChatApi#MODEL}). */
    static String model(JsonNode body) throws ApiError {
        JsonNode model = body.get("model");
        if (model == null || model.isNull()) {
            return ChatApi.MODEL;
        }
        if (!model.isTextual()) {
            throw ApiError.badRequest("invalid_type", "model", "'model' must be a string");
        }
        return model.asText();
    }

    /** The word cap: {@code max_completion_tokens}, else {@code max_tokens}; 0 when neither is set. */
    static int maxTokens(JsonNode body) throws ApiError {
        for (String name : List.of("max_completion_tokens", "max_tokens")) {
            JsonNode n = body.get(name);
            if (n == null || n.isNull()) {
                continue;
            }
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
                throw ApiError.badRequest("invalid_type", name, "'" + name + "' must be a whole number of at least 1");
            }
            return n.asInt();
        }
        return 0;
    }

    /** True when {@code stream} is set; a non-boolean is a 400. */
    static boolean flag(JsonNode body, String name) throws ApiError {
        JsonNode n = body.get(name);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw ApiError.badRequest("invalid_type", name, "'" + name + "' must be true or false");
        }
        return n.asBoolean();
    }

    /** True when {@code stream_options.include_usage} asks for a usage chunk at the end of a stream. */
    static boolean includeUsage(JsonNode body) {
        return body.path("stream_options").path("include_usage").asBoolean(false);
    }
}
