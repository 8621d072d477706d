package org.symqa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.symqa.Result;
import org.symqa.ResultJson;
import org.symqa.Symqa;
import org.symqa.explain.TraceJson;
import org.symqa.explain.Tracer;
import org.symqa.prompt.Prompt;
import org.symqa.prompt.PromptException;

/**
 * What each path answers. Bodies are parsed, and prompts read and answered, on the worker pool; only a request read
 * in full gets there.
 */
final class Endpoints {
    /**
     * A chat message in which no question can be read is answered as a question without context; of a longer
     * message, the first this many characters (cut at a space) are taken as that question.
     */
    static final int FALLBACK_QUESTION_CHARS = 2000;

    private static final ObjectReader STRICT =
            OpenAiJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Symqa symqa;
    private final Answerer answerer;
    private final WorkerPool workers;
    private final String fingerprint;

    Endpoints(Symqa symqa, Answerer answerer, WorkerPool workers) {
        this.symqa = symqa;
        this.answerer = answerer;
        this.workers = workers;
        String digest = symqa.ruleSet().digest();
        digest = digest.substring(digest.indexOf(':') + 1);
        this.fingerprint = "symqa-" + digest.substring(0, Math.min(12, digest.length()));
    }

    /** {@code POST /v1/chat/completions}. */
    CompletableFuture<Reply> chat(byte[] body) {
        return workers.submit(() -> {
            ChatRequest req = ChatRequest.parse(object(body));
            Result r = answerer.answer(readChat(req));
            return ChatApi.reply(req, r.answer().text(), fingerprint);
        });
    }

    /** {@code POST /v1/completions}: each prompt read as a chat message is, answered in turn. */
    CompletableFuture<Reply> completions(byte[] body) {
        return workers.submit(() -> {
            CompletionRequest req = CompletionRequest.parse(object(body));
            List<String> answers = new ArrayList<>();
            for (String prompt : req.prompts()) {
                answers.add(answerer.answer(readMessage(prompt, null, prompt)).answer().text());
            }
            return CompletionApi.reply(req, answers, fingerprint);
        });
    }

    /** {@code POST /v1/answer}: the result object of {@code symqa batch}, with {@code trace} when asked. */
    CompletableFuture<Reply> answer(byte[] body) {
        return workers.submit(() -> {
            JsonNode node = object(body);
            if (isAbsent(node.get("prompt")) && isAbsent(node.get("question"))) {
                throw ApiError.badRequest("missing_prompt", "prompt",
                        "the body needs a string 'prompt', or 'question' with 'contexts'");
            }
            JsonNode idNode = node.get("id");
            String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) ? idNode.asText() : null;
            Prompt p;
            try {
                p = symqa.reader().readJson(node);
            } catch (PromptException e) {
                throw ApiError.badRequest("invalid_prompt", isAbsent(node.get("prompt")) ? "question" : "prompt",
                        e.getMessage());
            }
            Result r = answerer.answer(p);
            ObjectNode o = ResultJson.of(id, r, -1);
            if (node.path("trace").asBoolean(false)) {
                o.set("trace", TraceJson.of(new Tracer(symqa).trace(r)));
            }
            return Reply.json(ResultJson.line(o));
        });
    }

    /** The prompt of a chat request: system messages then the user message, else the user message first. */
    private Prompt readChat(ChatRequest req) throws ApiError {
        return readMessage(req.prompt(), req.fallback(), req.user());
    }

    /**
     * A message read as a prompt (or else as {@code fallback}, when not null); when symqa can read no question in
     * either, {@code message} is asked as a question without context, which gets a {@code no_information} answer.
     */
    private Prompt readMessage(String text, String fallback, String message) throws ApiError {
        for (String t : fallback == null ? List.of(text) : List.of(text, fallback)) {
            try {
                return symqa.reader().read(t);
            } catch (PromptException e) {
                // try the next reading
            }
        }
        ObjectNode q = OpenAiJson.MAPPER.createObjectNode();
        q.put("question", firstChars(message.strip(), FALLBACK_QUESTION_CHARS));
        try {
            return symqa.reader().readJson(q);
        } catch (PromptException e) {
            throw ApiError.badRequest("invalid_prompt", "messages", e.getMessage());
        }
    }

    private static String firstChars(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > 0 ? cut : max);
    }

    /** {@code GET /v1/models}. */
    Reply models() {
        ObjectNode o = OpenAiJson.MAPPER.createObjectNode();
        o.put("object", "list");
        model(o.putArray("data").addObject());
        return Reply.json(o.toString());
    }

    /** {@code GET /v1/models/{id}}: the one model, or 404 {@code model_not_found}. */
    Reply model(String id) throws ApiError {
        if (!ChatApi.MODEL.equals(id)) {
            throw ApiError.modelNotFound(id);
        }
        return Reply.json(model(OpenAiJson.MAPPER.createObjectNode()).toString());
    }

    private static ObjectNode model(ObjectNode m) {
        m.put("id", ChatApi.MODEL);
        m.put("object", "model");
        m.put("created", 0);
        m.put("owned_by", "symqa");
        return m;
    }

    /** {@code GET /health}. */
    Reply health() {
        return Reply.json("{\"status\":\"ok\"}");
    }

    /** The body as a JSON object, or a 400 naming the syntax problem. */
    static JsonNode object(byte[] body) throws ApiError {
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw ApiError.badRequest("invalid_json", null,
                    "malformed JSON" + where + ": " + e.getOriginalMessage().split("\n")[0]);
        } catch (IOException e) {
            throw ApiError.badRequest("invalid_json", null, "unreadable body: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("invalid_json", null, "the body must be one JSON object");
        }
        return node;
    }

    private static boolean isAbsent(JsonNode n) {
        return n == null || n.isNull();
    }
}
