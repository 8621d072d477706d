package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.symqa.Symqa;
import org.symqa.TestPipeline;
import org.symqa.prompt.PromptException;

/** Real HTTP requests against a server on an ephemeral loopback port: every reply status, streaming, metrics. */
class SymqaServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PROMPT = Path.of("testdata/prompts/postprocessing-partial.txt");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<SymqaServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(s -> s.stop(2000));
    }

    static ServerConfig config(int threads, int queue, long timeoutMs, String key, int maxBody, int cache) {
        return new ServerConfig("127.0.0.1", 0, new ServerConfig.Limits(maxBody, threads, queue, timeoutMs, 10_000,
                1024, 256, cache), new Access(key, List.of(), List.of()));
    }

    private SymqaServer start(ServerConfig c, Answerer a) throws IOException {
        SymqaServer s = new SymqaServer(TestPipeline.get(), a, c, null);
        servers.add(s);
        s.start();
        return s;
    }

    private SymqaServer start() throws IOException {
        return start(config(2, 8, 30_000, null, 1 << 20, 16), new PipelineAnswerer(TestPipeline.get()));
    }

    private HttpResponse<String> post(SymqaServer s, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(SymqaServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(SymqaServer s, String path) {
        return URI.create("http://127.0.0.1:" + s.port() + path);
    }

    private static String chat(String user, boolean stream) {
        ObjectNode o = JSON.createObjectNode();
        o.put("model", "gpt-4o-mini");
        o.put("stream", stream);
        ObjectNode m = o.putArray("messages").addObject();
        m.put("role", "user");
        m.put("content", user);
        return o.toString();
    }

    private static String expected(String prompt) throws PromptException {
        return TestPipeline.get().answer(prompt).answer().text();
    }

    private static JsonNode error(HttpResponse<String> r, int status, String code) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body()).get("error");
        assertNotNull(e, r.body());
        assertEquals(code, e.get("code").asText());
        assertTrue(e.has("message") && e.has("type") && e.has("param"), r.body());
        return e;
    }

    @Test
    void chatCompletionGivesTheAnswerText() throws Exception {
        SymqaServer s = start();
        String prompt = Files.readString(PROMPT);
        HttpResponse<String> r = post(s, "/v1/chat/completions", chat(prompt, false));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode o = JSON.readTree(r.body());
        assertEquals("chat.completion", o.get("object").asText());
        assertEquals("gpt-4o-mini", o.get("model").asText());
        assertTrue(o.get("id").asText().matches("chatcmpl-[0-9a-f]{24}"), o.get("id").asText());
        JsonNode choice = o.get("choices").get(0);
        assertEquals("assistant", choice.get("message").get("role").asText());
        assertEquals(expected(prompt), choice.get("message").get("content").asText());
        assertEquals("stop", choice.get("finish_reason").asText());
        JsonNode usage = o.get("usage");
        assertEquals(WordCap.words(prompt), usage.get("prompt_tokens").asInt());
        assertEquals(usage.get("prompt_tokens").asInt() + usage.get("completion_tokens").asInt(),
                usage.get("total_tokens").asInt());
        assertEquals(r.body(), post(s, "/v1/chat/completions", chat(prompt, false)).body(), "same request, same bytes");
    }

    @Test
    void contentPartsAndSystemMessageAreRead() throws Exception {
        SymqaServer s = start();
        String body = "{\"messages\":[{\"role\":\"system\",\"content\":\"What hardware was used to train the model?\"},"
                + "{\"role\":\"assistant\",\"content\":\"ignored\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"All networks were trained on one NVIDIA RTX 3090 GPU.\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}}]}]}";
        HttpResponse<String> r = post(s, "/v1/chat/completions", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode o = JSON.readTree(r.body());
        assertEquals("symqa", o.get("model").asText());
        String expected = expected("What hardware was used to train the model?\n\n"
                + "All networks were trained on one NVIDIA RTX 3090 GPU.");
        assertEquals(expected, o.get("choices").get(0).get("message").get("content").asText());
        assertTrue(expected.contains("RTX 3090"), expected);
    }

    @Test
    void systemMessageWithTheContextOrAGenericLineIsReadAfterTheUserMessage() throws Exception {
        SymqaServer s = start();
        String question = "What hardware was used to train the model?";
        String context = "All networks were trained on one NVIDIA RTX 3090 GPU.";
        String contextInSystem = "{\"messages\":[{\"role\":\"system\",\"content\":" + JSON.writeValueAsString(context)
                + "},{\"role\":\"user\",\"content\":" + JSON.writeValueAsString(question) + "}]}";
        String genericSystem = "{\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
                + "{\"role\":\"user\",\"content\":" + JSON.writeValueAsString(question + "\n\n" + context) + "}]}";
        for (String body : List.of(contextInSystem, genericSystem)) {
            HttpResponse<String> r = post(s, "/v1/chat/completions", body);
            assertEquals(200, r.statusCode(), r.body());
            String content = JSON.readTree(r.body()).get("choices").get(0).get("message").get("content").asText();
            assertTrue(content.contains("one NVIDIA RTX 3090 GPU [1]"), content);
        }
    }

    @Test
    void streamingSendsChunksThenDone() throws Exception {
        SymqaServer s = start();
        String prompt = Files.readString(PROMPT);
        HttpResponse<String> r = post(s, "/v1/chat/completions", chat(prompt, true));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertTrue(r.body().endsWith("data: [DONE]\n\n"), r.body());
        String[] events = r.body().split("\n\n");
        StringBuilder content = new StringBuilder();
        String id = null;
        for (int i = 0; i < events.length - 1; i++) {
            assertTrue(events[i].startsWith("data: "), events[i]);
            JsonNode c = JSON.readTree(events[i].substring(6));
            assertEquals("chat.completion.chunk", c.get("object").asText());
            assertEquals("gpt-4o-mini", c.get("model").asText());
            id = id == null ? c.get("id").asText() : id;
            assertEquals(id, c.get("id").asText());
            JsonNode choice = c.get("choices").get(0);
            JsonNode delta = choice.get("delta");
            if (i == 0) {
                assertEquals("assistant", delta.get("role").asText());
            }
            if (i == events.length - 2) {
                assertEquals("stop", choice.get("finish_reason").asText());
                assertEquals(0, delta.size());
            } else {
                assertTrue(choice.get("finish_reason").isNull());
                content.append(delta.path("content").asText(""));
            }
        }
        assertTrue(events.length >= 4, r.body());
        assertEquals(expected(prompt), content.toString());
    }

    @Test
    void streamingUsageChunkWhenAsked() throws Exception {
        SymqaServer s = start();
        ObjectNode body = (ObjectNode) JSON.readTree(chat(Files.readString(PROMPT), true));
        body.putObject("stream_options").put("include_usage", true);
        String[] events = post(s, "/v1/chat/completions", body.toString()).body().split("\n\n");
        JsonNode last = JSON.readTree(events[events.length - 2].substring(6));
        assertEquals(0, last.get("choices").size());
        assertTrue(last.get("usage").get("completion_tokens").asInt() > 0);
    }

    @Test
    void modelsAndHealth() throws Exception {
        SymqaServer s = start();
        HttpResponse<String> m = get(s, "/v1/models");
        assertEquals(200, m.statusCode());
        JsonNode o = JSON.readTree(m.body());
        assertEquals("list", o.get("object").asText());
        assertEquals("symqa", o.get("data").get(0).get("id").asText());
        HttpResponse<String> h = get(s, "/health");
        assertEquals(200, h.statusCode());
        assertEquals("ok", JSON.readTree(h.body()).get("status").asText());
    }

    @Test
    void answerEndpointGivesTheBatchResultObject() throws Exception {
        SymqaServer s = start();
        HttpResponse<String> r = post(s, "/v1/answer", "{\"id\":\"q1\",\"question\":\"What hardware was used?\","
                + "\"contexts\":[\"All networks were trained on one NVIDIA RTX 3090 GPU.\"]}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode o = JSON.readTree(r.body());
        assertEquals("q1", o.get("id").asText());
        assertEquals("answered", o.get("verdict").asText());
        assertEquals("hardware", o.get("topic").get(0).asText());
        assertEquals(1, o.get("evidence").get(0).get("chunk").asInt());
        assertFalse(o.has("trace"));

        ObjectNode withTrace = JSON.createObjectNode();
        withTrace.put("prompt", Files.readString(PROMPT));
        withTrace.put("trace", true);
        JsonNode t = JSON.readTree(post(s, "/v1/answer", withTrace.toString()).body());
        assertEquals(expected(Files.readString(PROMPT)), t.get("answer").asText());
        assertTrue(t.get("trace").has("rulesDigest"), t.toString());
        assertTrue(t.get("trace").get("chunks").size() > 0);
    }

    @Test
    void malformedJsonIs400NamingTheProblem() throws Exception {
        SymqaServer s = start();
        JsonNode e = error(post(s, "/v1/chat/completions", "{\"messages\": [}"), 400, "invalid_json");
        assertTrue(e.get("message").asText().contains("column"), e.toString());
        assertEquals("invalid_request_error", e.get("type").asText());
        error(post(s, "/v1/answer", "[1, 2]"), 400, "invalid_json");
        error(post(s, "/v1/answer", "\u00ff\u00fe"), 400, "invalid_json");
    }

    @Test
    void missingPromptIs400NamingTheParameter() throws Exception {
        SymqaServer s = start();
        assertEquals("messages", error(post(s, "/v1/chat/completions", "{\"model\":\"symqa\"}"), 400, "missing_prompt")
                .get("param").asText());
        assertEquals("messages", error(post(s, "/v1/chat/completions",
                "{\"messages\":[{\"role\":\"system\",\"content\":\"hi\"}]}"), 400, "missing_prompt").get("param").asText());
        assertEquals("messages[0].content", error(post(s, "/v1/chat/completions",
                "{\"messages\":[{\"role\":\"user\",\"content\":42}]}"), 400, "invalid_type").get("param").asText());
        assertEquals("prompt", error(post(s, "/v1/answer", "{\"trace\":true}"), 400, "missing_prompt")
                .get("param").asText());
        assertEquals("prompt", error(post(s, "/v1/answer", "{\"prompt\":\"no question here\"}"), 400,
                "invalid_prompt").get("param").asText());
        assertEquals("max_tokens", error(post(s, "/v1/chat/completions",
                "{\"max_tokens\":0,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"), 400, "invalid_type")
                .get("param").asText());
        error(post(s, "/v1/answer", "{\"prompt\":\"What?\"} {}"), 400, "invalid_json");
    }

    @Test
    void apiKeyIsRequiredWhenSet() throws Exception {
        SymqaServer s = start(config(2, 8, 30_000, "s3cret-key", 1 << 20, 16), new PipelineAnswerer(TestPipeline.get()));
        HttpResponse<String> none = get(s, "/v1/models");
        error(none, 401, "invalid_api_key");
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        error(get(s, "/v1/models", "Authorization", "Bearer s3cret-kez"), 401, "invalid_api_key");
        error(get(s, "/v1/models", "Authorization", "Basic s3cret-key"), 401, "invalid_api_key");
        error(post(s, "/v1/chat/completions", chat(Files.readString(PROMPT), false)), 401, "invalid_api_key");
        error(get(s, "/metrics"), 401, "invalid_api_key");
        assertEquals(200, get(s, "/v1/models", "Authorization", "Bearer s3cret-key").statusCode());
        assertEquals(200, post(s, "/v1/chat/completions", chat(Files.readString(PROMPT), false),
                "Authorization", "Bearer s3cret-key").statusCode());
        assertEquals(200, get(s, "/health").statusCode(), "health stays open for probes");
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405WithAllow() throws Exception {
        SymqaServer s = start();
        error(get(s, "/v1/complete"), 404, "not_found");
        error(get(s, "/"), 404, "not_found");
        HttpResponse<String> r = get(s, "/v1/chat/completions");
        error(r, 405, "method_not_allowed");
        assertEquals("POST, OPTIONS", r.headers().firstValue("Allow").orElse(""));
        error(get(s, "/v1/completions"), 405, "method_not_allowed");
        HttpResponse<String> m = post(s, "/v1/models", "{}");
        error(m, 405, "method_not_allowed");
        assertEquals("GET, HEAD, OPTIONS", m.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        SymqaServer s = start(config(2, 8, 30_000, null, 1000, 16), new PipelineAnswerer(TestPipeline.get()));
        String big = chat("x".repeat(5000), false);
        error(post(s, "/v1/chat/completions", big), 413, "body_too_large");
        // a chunked body (no Content-Length) is counted as it is read
        HttpRequest chunked = HttpRequest.newBuilder(uri(s, "/v1/answer")).POST(HttpRequest.BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))).header("Content-Type", "application/json")
                .build();
        error(client.send(chunked, HttpResponse.BodyHandlers.ofString()), 413, "body_too_large");
        assertEquals(200, get(s, "/health").statusCode(), "the server goes on");
    }

    @Test
    void fullPoolAndQueueIs503WithRetryAfter() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Symqa symqa = TestPipeline.get();
        SymqaServer s = start(config(1, 0, 30_000, null, 1 << 20, 0), p -> {
            entered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return symqa.answer(p);
        });
        String body = chat(Files.readString(PROMPT), false);
        CompletableFuture<HttpResponse<String>> first = client.sendAsync(HttpRequest.newBuilder(
                uri(s, "/v1/chat/completions")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        HttpResponse<String> refused = post(s, "/v1/chat/completions", body);
        error(refused, 503, "overloaded");
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
        assertEquals(200, get(s, "/health").statusCode(), "health answers while workers are busy");
        release.countDown();
        assertEquals(200, first.get(20, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void slowAnswerIs504() throws Exception {
        Symqa symqa = TestPipeline.get();
        SymqaServer s = start(config(1, 4, 200, null, 1 << 20, 0), p -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return symqa.answer(p);
        });
        long t0 = System.nanoTime();
        error(post(s, "/v1/chat/completions", chat(Files.readString(PROMPT), false)), 504, "timeout");
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void failingAnswerIs500AndTheServerGoesOn() throws Exception {
        SymqaServer s = start(config(1, 4, 30_000, null, 1 << 20, 0), p -> {
            throw new IllegalStateException("boom");
        });
        JsonNode e = error(post(s, "/v1/chat/completions", chat(Files.readString(PROMPT), false)), 500, "internal_error");
        assertFalse(e.toString().contains("boom"), "no internals in the reply");
        assertEquals(200, get(s, "/health").statusCode());
    }

    @Test
    void metricsCountRequestsErrorsAndLatency() throws Exception {
        SymqaServer s = start();
        post(s, "/v1/chat/completions", chat(Files.readString(PROMPT), false));
        post(s, "/v1/chat/completions", "{");
        get(s, "/nowhere");
        // a request is counted just after its reply is complete: wait until the last one is in
        HttpResponse<String> r = get(s, "/metrics");
        for (int i = 0; i < 100 && !r.body().contains("status=\"404\""); i++) {
            Thread.sleep(20);
            r = get(s, "/metrics");
        }
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String m = r.body();
        assertTrue(m.contains("# TYPE symqa_http_requests_total counter"), m);
        assertTrue(m.contains("symqa_http_requests_total{path=\"/v1/chat/completions\",status=\"200\"} 1"), m);
        assertTrue(m.contains("symqa_http_requests_total{path=\"/v1/chat/completions\",status=\"400\"} 1"), m);
        assertTrue(m.contains("symqa_http_requests_total{path=\"other\",status=\"404\"} 1"), m);
        assertTrue(m.contains("symqa_http_errors_total{kind=\"invalid_json\"} 1"), m);
        assertTrue(m.contains("symqa_http_errors_total{kind=\"not_found\"} 1"), m);
        assertTrue(m.contains("# TYPE symqa_http_request_duration_seconds histogram"), m);
        assertTrue(m.contains("symqa_http_request_duration_seconds_bucket{path=\"/v1/chat/completions\",le=\"+Inf\"} 2"), m);
        assertTrue(m.contains("symqa_http_request_duration_seconds_count{path=\"/v1/chat/completions\"} 2"), m);
        assertTrue(m.contains("symqa_answer_cache_misses_total 1"), m);
        for (String line : m.split("\n")) {
            assertTrue(line.startsWith("#") || line.matches("[a-z_]+(\\{[^}]*\\})? [0-9.]+"), line);
        }
    }

    @Test
    void concurrentRequestsEachGetTheirOwnAnswer() throws Exception {
        SymqaServer s = start(config(2, 64, 60_000, null, 1 << 20, 0), new PipelineAnswerer(TestPipeline.get()));
        String a = "What hardware was used?\n\nAll networks were trained on one NVIDIA RTX 3090 GPU.";
        String b = "Which optimizer was used?\n\nWe optimised the weights with Adam at a learning rate of 0.001.";
        String ea = expected(a);
        String eb = expected(b);
        assertFalse(ea.equals(eb));
        List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String p = i % 2 == 0 ? a : b;
            futures.add(client.sendAsync(HttpRequest.newBuilder(uri(s, "/v1/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString(chat(p, false))).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < futures.size(); i++) {
            HttpResponse<String> r = futures.get(i).get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(i % 2 == 0 ? ea : eb, JSON.readTree(r.body()).get("choices").get(0).get("message").get("content").asText());
        }
    }

    @Test
    void stopFinishesRequestsInFlightThenRefusesConnections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        Symqa symqa = TestPipeline.get();
        SymqaServer s = start(config(1, 4, 30_000, null, 1 << 20, 0), p -> {
            entered.countDown();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return symqa.answer(p);
        });
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(HttpRequest.newBuilder(
                uri(s, "/v1/chat/completions")).POST(HttpRequest.BodyPublishers.ofString(chat(Files.readString(PROMPT),
                false))).header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        s.stop(10_000);
        HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
        assertThrows(IOException.class, () -> get(s, "/health"));
    }

    @Test
    void wordsAreWhitespaceSeparated() {
        assertEquals(0, WordCap.words("  \n"));
        assertEquals(3, WordCap.words(" a  b\nc "));
        assertEquals(List.of("a\n", "b\n", "c"), OpenAiJson.pieces("a\nb\nc"));
    }
}
