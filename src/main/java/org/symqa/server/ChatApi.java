package org.symqa.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The OpenAI chat-completions shape: reads the prompt out of {@code messages} and writes a {@code chat.completion}
 * object, or {@code chat.completion.chunk} events when streaming.
 */
final class ChatApi {
    /** The model name listed by {@code /v1/models} and used when a request names none. */
    static final String MODEL = "symqa";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * What a chat request asks for.
     *
     * @param model        the model name to echo
     * @param prompt       the system messages (if any) and the last user message, separated by blank lines
     * @param fallback     when there are system messages: the user message first, then the system messages as
     *                     context (for chains that put the context in the system message and the bare question in
     *                     the user message, or a generic system line before a whole prompt); else null
     * @param stream       true for server-sent events
     * @param includeUsage true when {@code stream_options.include_usage} asks for a usage chunk
     */
    record ChatRequest(String model, String prompt, String fallback, boolean stream, boolean includeUsage) {
    }

    private ChatApi() {
    }

    /** Reads a chat request; a missing or malformed field is a 400 naming it. */
    static ChatRequest parse(JsonNode body) throws ApiError {
        JsonNode model = body.get("model");
        if (model != null && !model.isNull() && !model.isTextual()) {
            throw ApiError.badRequest("invalid_type", "model", "'model' must be a string");
        }
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
        boolean stream = body.path("stream").asBoolean(false);
        boolean usage = body.path("stream_options").path("include_usage").asBoolean(false);
        return new ChatRequest(model == null || model.isNull() ? MODEL : model.asText(), prompt, fallback, stream, usage);
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

    /** A completion id that depends only on the model name and the prompt: {@code chatcmpl-} and 24 hex digits. */
    static String id(ChatRequest req) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(req.model().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(req.prompt().getBytes(StandardCharsets.UTF_8));
            return "chatcmpl-" + HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reply: a {@code chat.completion} object, or the event stream when the request asks for one. */
    static Reply reply(ChatRequest req, String answer, String fingerprint) {
        String id = id(req);
        if (!req.stream()) {
            ObjectNode o = head(id, "chat.completion", req.model(), fingerprint);
            ObjectNode choice = o.putArray("choices").addObject();
            choice.put("index", 0);
            ObjectNode message = choice.putObject("message");
            message.put("role", "assistant");
            message.put("content", answer);
            message.putNull("refusal");
            choice.putNull("logprobs");
            choice.put("finish_reason", "stop");
            usage(o.putObject("usage"), req.prompt(), answer);
            return Reply.json(o.toString());
        }
        List<String> events = new ArrayList<>();
        ObjectNode first = chunk(id, req, fingerprint, null);
        ((ObjectNode) first.withArray("choices").get(0).get("delta")).put("role", "assistant").put("content", "");
        events.add(first.toString());
        for (String piece : pieces(answer)) {
            ObjectNode c = chunk(id, req, fingerprint, null);
            ((ObjectNode) c.withArray("choices").get(0).get("delta")).put("content", piece);
            events.add(c.toString());
        }
        events.add(chunk(id, req, fingerprint, "stop").toString());
        if (req.includeUsage()) {
            ObjectNode u = head(id, "chat.completion.chunk", req.model(), fingerprint);
            u.putArray("choices");
            usage(u.putObject("usage"), req.prompt(), answer);
            events.add(u.toString());
        }
        events.add("[DONE]");
        return Reply.events(events);
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

    /** Whitespace-separated words (not tokens: symqa has no tokenizer vocabulary to count in). */
    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    private static ObjectNode chunk(String id, ChatRequest req, String fingerprint, String finish) {
        ObjectNode o = head(id, "chat.completion.chunk", req.model(), fingerprint);
        ArrayNode choices = o.putArray("choices");
        ObjectNode choice = choices.addObject();
        choice.put("index", 0);
        choice.putObject("delta");
        choice.putNull("logprobs");
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return o;
    }

    private static ObjectNode head(String id, String object, String model, String fingerprint) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", id);
        o.put("object", object);
        o.put("created", 0);
        o.put("model", model);
        o.put("system_fingerprint", fingerprint);
        return o;
    }

    private static void usage(ObjectNode u, String prompt, String answer) {
        int p = words(prompt);
        int c = words(answer);
        u.put("prompt_tokens", p);
        u.put("completion_tokens", c);
        u.put("total_tokens", p + c);
    }
}
