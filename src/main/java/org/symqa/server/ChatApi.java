package org.symqa.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAI chat-completions shape: a {@code chat.completion} object, or {@code chat.completion.chunk} events when
 * streaming. {@code max_tokens} caps the answer's words, with {@code finish_reason: "length"} when it cut.
 */
final class ChatApi {
    /** The model name listed by {@code /v1/models} and used when a request names none. */
    static final String MODEL = "symqa";

    private ChatApi() {
    }

    /** A completion id that depends only on the model name and the prompt: {@code chatcmpl-} and 24 hex digits. */
    static String id(ChatRequest req) {
        return OpenAiJson.id("chatcmpl-", req.model(), req.prompt());
    }

    /** The reply: a {@code chat.completion} object, or the event stream when the request asks for one. */
    static Reply reply(ChatRequest req, String answer, String fingerprint) {
        String id = id(req);
        WordCap capped = WordCap.apply(answer, req.maxTokens());
        String text = capped.text();
        String finish = capped.cut() ? "length" : "stop";
        if (!req.stream()) {
            ObjectNode o = OpenAiJson.head(id, "chat.completion", req.model(), fingerprint);
            ObjectNode choice = o.putArray("choices").addObject();
            choice.put("index", 0);
            ObjectNode message = choice.putObject("message");
            message.put("role", "assistant");
            message.put("content", text);
            message.putNull("refusal");
            choice.putNull("logprobs");
            choice.put("finish_reason", finish);
            OpenAiJson.usage(o.putObject("usage"), WordCap.words(req.prompt()), WordCap.words(text));
            return Reply.json(o.toString());
        }
        List<String> events = new ArrayList<>();
        ObjectNode first = chunk(id, req, fingerprint, null);
        ((ObjectNode) first.get("choices").get(0).get("delta")).put("role", "assistant").put("content", "");
        events.add(first.toString());
        for (String piece : OpenAiJson.pieces(text)) {
            ObjectNode c = chunk(id, req, fingerprint, null);
            ((ObjectNode) c.get("choices").get(0).get("delta")).put("content", piece);
            events.add(c.toString());
        }
        events.add(chunk(id, req, fingerprint, finish).toString());
        if (req.includeUsage()) {
            ObjectNode u = OpenAiJson.head(id, "chat.completion.chunk", req.model(), fingerprint);
            u.putArray("choices");
            OpenAiJson.usage(u.putObject("usage"), WordCap.words(req.prompt()), WordCap.words(text));
            events.add(u.toString());
        }
        events.add("[DONE]");
        return Reply.events(events);
    }

    private static ObjectNode chunk(String id, ChatRequest req, String fingerprint, String finish) {
        ObjectNode o = OpenAiJson.head(id, "chat.completion.chunk", req.model(), fingerprint);
        ObjectNode choice = o.putArray("choices").addObject();
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
}
