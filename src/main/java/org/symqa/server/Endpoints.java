package org.symqa.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.symqa.Result;
import org.symqa.Symqa;
import org.symqa.ResultJson;
import org.symqa.explain.TraceJson;
import org.symqa.explain.Tracer;
import org.symqa.prompt.Prompt;
import org.symqa.prompt.PromptException;

/** What each path answers, given the request body; prompts are read and answered on the worker pool. */
final class Endpoints {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Symqa symqa;
    private final Answerer answerer;
    private final WorkerPool workers;
    private final Metrics metrics;
    private final String fingerprint;

    Endpoints(Symqa symqa, Answerer answerer, WorkerPool workers, Metrics metrics) {
        this.symqa = symqa;
        this.answerer = answerer;
        this.workers = workers;
        this.metrics = metrics;
        String digest = symqa.ruleSet().digest();
        digest = digest.substring(digest.indexOf(':') + 1);
        this.fingerprint = "symqa-" + digest.substring(0, Math.min(12, digest.length()));
    }

    /** {@code POST /v1/chat/completions}. */
    Reply chat(byte[] body) throws Exception {
        ChatRequest req = ChatRequest.parse(object(body));
        return workers.run(() -> {
            Result r = answerer.answer(read(() -> readChat(req), "messages"));
            return ChatApi.reply(req, r.answer().text(), fingerprint);
        });
    }

    /** The prompt of a chat request: system messages then the user message, else the user message first. */
    private Prompt readChat(ChatRequest req) throws PromptException {
        try {
            return symqa.reader().read(req.prompt());
        } catch (PromptException e) {
            if (req.fallback() == null) {
                throw e;
            }
            try {
                return symqa.reader().read(req.fallback());
            } catch (PromptException ignored) {
                throw e;
            }
        }
    }

    /** {@code POST /v1/answer}: the result object of {@code symqa batch}, with {@code trace} when asked. */
    Reply answer(byte[] body) throws Exception {
        JsonNode node = object(body);
        if (isAbsent(node.get("prompt")) && isAbsent(node.get("question"))) {
            throw ApiError.badRequest("missing_prompt", "prompt",
                    "the body needs a string 'prompt', or 'question' with 'contexts'");
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) ? idNode.asText() : null;
        boolean trace = node.path("trace").asBoolean(false);
        return workers.run(() -> {
            Prompt p = read(() -> symqa.reader().readJson(node), isAbsent(node.get("prompt")) ? "question" : "prompt");
            Result r = answerer.answer(p);
            ObjectNode o = ResultJson.of(id, r, -1);
            if (trace) {
                o.set("trace", TraceJson.of(new Tracer(symqa).trace(r)));
            }
            return Reply.json(ResultJson.line(o));
        });
    }

    /** {@code GET /v1/models}. */
    Reply models() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("object", "list");
        ObjectNode m = o.putArray("data").addObject();
        m.put("id", ChatApi.MODEL);
        m.put("object", "model");
        m.put("created", 0);
        m.put("owned_by", "symqa");
        return Reply.json(o.toString());
    }

    /** {@code GET /health}. */
    Reply health() {
        return Reply.json("{\"status\":\"ok\"}");
    }

    /** {@code GET /metrics}. */
    Reply metrics() {
        return Reply.text("text/plain; version=0.0.4; charset=utf-8", metrics.render());
    }

    /** The body as a JSON object, or a 400 naming the syntax problem. */
    static JsonNode object(byte[] body) throws ApiError {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
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

    /** Reads a prompt, turning the reader's complaint into a 400 that names the parameter. */
    private static Prompt read(PromptSupplier s, String param) throws ApiError {
        try {
            return s.get();
        } catch (PromptException e) {
            throw ApiError.badRequest("invalid_prompt", param, e.getMessage());
        }
    }

    /** A prompt reading step that may fail. */
    @FunctionalInterface
    private interface PromptSupplier {
        Prompt get() throws PromptException;
    }
}
