package org.symqa.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.symqa.text.Spaces;

/**
 * The OpenAI chat-completions shape: reads the prompt out of {@code messages} and writes a {@code chat.completion}
 * object, or {@code chat.completion.chunk} events when streaming.
 */
final class ChatApi {
    /** The model name listed by {@code /v1/models} and used when a request names none. */
    static final String MODEL = "symqa";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChatApi() {
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

    /** Whitespace-separated words (not tokens: symqa has no tokenizer vocabulary to count in), as word limits count them. */
    static int words(String s) {
        return Spaces.words(s);
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
