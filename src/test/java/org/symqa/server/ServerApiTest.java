package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;

/**
 * The OpenAI-compatible surface beyond chat: completions, a model by id, max_tokens as a word cap, plain messages,
 * HEAD, and the access log.
 */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PROMPT = Path.of("testdata/prompts/postprocessing-partial.txt");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<SymqaServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(2000));
    }

    private SymqaServer start(PrintWriter log) throws IOException {
        SymqaServer s = new SymqaServer(TestPipeline.get(), new PipelineAnswerer(TestPipeline.get()),
                SymqaServerTest.config(2, 8, 30_000, null, 1 << 20, 16), log);
        servers.add(s);
        s.start();
        return s;
    }

    private HttpResponse<String> send(SymqaServer s, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expected(String prompt) throws Exception {
        return TestPipeline.get().answer(prompt).answer().text();
    }

    private static ObjectNode chat(String content) {
        ObjectNode o = JSON.createObjectNode();
        o.putArray("messages").addObject().put("role", "user").put("content", content);
        return o;
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** The content of the data events of a stream, and the finish reasons seen. */
    private static List<JsonNode> events(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().endsWith("data: [DONE]\n\n"), r.body());
        List<JsonNode> out = new ArrayList<>();
        for (String e : r.body().split("\n\n")) {
            if (!e.equals("data: [DONE]")) {
                out.add(JSON.readTree(e.substring("data: ".length())));
            }
        }
        return out;
    }

    @Test
    void completionsGiveTheAnswerOfEachPrompt() throws Exception {
        SymqaServer s = start(null);
        String prompt = Files.readString(PROMPT);
        String other = "Which optimizer was used?\n\nWe optimised the weights with Adam at a learning rate of 0.001.";
        ObjectNode body = JSON.createObjectNode().put("model", "gpt-3.5-turbo-instruct").put("prompt", prompt);
        JsonNode o = json(send(s, "POST", "/v1/completions", body.toString()));
        assertEquals("text_completion", o.get("object").asText());
        assertTrue(o.get("id").asText().matches("cmpl-[0-9a-f]{24}"), o.toString());
        assertEquals("gpt-3.5-turbo-instruct", o.get("model").asText());
        assertEquals(expected(prompt), o.get("choices").get(0).get("text").asText());
        assertEquals("stop", o.get("choices").get(0).get("finish_reason").asText());
        assertEquals(WordCap.words(prompt), o.get("usage").get("prompt_tokens").asInt());

        body.putArray("prompt").add(prompt).add(other);
        JsonNode two = json(send(s, "POST", "/v1/completions", body.toString()));
        assertEquals(2, two.get("choices").size());
        assertEquals(1, two.get("choices").get(1).get("index").asInt());
        assertEquals(expected(other), two.get("choices").get(1).get("text").asText());

        body.put("prompt", prompt).put("stream", true);
        StringBuilder text = new StringBuilder();
        List<JsonNode> events = events(send(s, "POST", "/v1/completions", body.toString()));
        for (JsonNode e : events) {
            assertEquals("text_completion", e.get("object").asText());
            text.append(e.get("choices").get(0).get("text").asText());
        }
        assertEquals(expected(prompt), text.toString());
        assertEquals("stop", events.get(events.size() - 1).get("choices").get(0).get("finish_reason").asText());
    }

    @Test
    void maxTokensCapsTheAnswerInWordsWithFinishReasonLength() throws Exception {
        SymqaServer s = start(null);
        String prompt = Files.readString(PROMPT);
        String full = expected(prompt);
        int words = WordCap.words(full);
        assertTrue(words > 6, full);
        ObjectNode body = chat(prompt).put("max_tokens", 5);
        JsonNode o = json(send(s, "POST", "/v1/chat/completions", body.toString()));
        JsonNode choice = o.get("choices").get(0);
        assertEquals(WordCap.apply(full, 5).text(), choice.get("message").get("content").asText());
        assertTrue(full.startsWith(choice.get("message").get("content").asText()));
        assertEquals("length", choice.get("finish_reason").asText());
        assertEquals(5, o.get("usage").get("completion_tokens").asInt());

        body.remove("max_tokens");
        body.put("max_completion_tokens", words);
        JsonNode exact = json(send(s, "POST", "/v1/chat/completions", body.toString())).get("choices").get(0);
        assertEquals(full, exact.get("message").get("content").asText());
        assertEquals("stop", exact.get("finish_reason").asText(), "a cap the answer fits in cuts nothing");

        body.put("max_completion_tokens", words - 1).put("stream", true);
        List<JsonNode> events = events(send(s, "POST", "/v1/chat/completions", body.toString()));
        StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append(e.get("choices").get(0).path("delta").path("content").asText("")));
        assertEquals(WordCap.apply(full, words - 1).text(), text.toString());
        assertEquals("length", events.get(events.size() - 1).get("choices").get(0).get("finish_reason").asText());

        ObjectNode completion = JSON.createObjectNode().put("prompt", prompt).put("max_tokens", 3);
        JsonNode c = json(send(s, "POST", "/v1/completions", completion.toString())).get("choices").get(0);
        assertEquals(3, WordCap.words(c.get("text").asText()));
        assertEquals("length", c.get("finish_reason").asText());
    }

    @Test
    void aPlainMessageGetsANoInformationAnswer() throws Exception {
        SymqaServer s = start(null);
        JsonNode native_ = json(send(s, "POST", "/v1/answer", "{\"question\":\"hello\"}"));
        assertEquals("no_information", native_.get("verdict").asText());
        for (String path : List.of("/v1/chat/completions", "/v1/completions")) {
            String body = path.contains("chat") ? chat("hello").toString() : "{\"prompt\":\"hello\"}";
            JsonNode o = json(send(s, "POST", path, body));
            JsonNode choice = o.get("choices").get(0);
            String text = path.contains("chat") ? choice.get("message").get("content").asText() : choice.get("text").asText();
            assertEquals(native_.get("answer").asText(), text, path);
        }
        String generic = "{\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
                + "{\"role\":\"user\",\"content\":\"hello\"}]}";
        assertEquals(native_.get("answer").asText(), json(send(s, "POST", "/v1/chat/completions", generic))
                .get("choices").get(0).get("message").get("content").asText(), "a system line does not change it");
    }

    @Test
    void aModelById() throws Exception {
        SymqaServer s = start(null);
        JsonNode m = json(send(s, "GET", "/v1/models/symqa", null));
        assertEquals("symqa", m.get("id").asText());
        assertEquals("model", m.get("object").asText());
        assertEquals(m, JSON.readTree(send(s, "GET", "/v1/models/sym%71a", null).body()), "the id is percent-decoded");
        HttpResponse<String> missing = send(s, "GET", "/v1/models/gpt-4o", null);
        assertEquals(404, missing.statusCode());
        JsonNode e = JSON.readTree(missing.body()).get("error");
        assertEquals("model_not_found", e.get("code").asText());
        assertEquals("model", e.get("param").asText());
        assertTrue(e.get("message").asText().contains("gpt-4o"), e.toString());
    }

    @Test
    void headOnEveryGetEndpoint() throws Exception {
        SymqaServer s = start(null);
        for (String path : List.of("/health", "/v1/models", "/v1/models/symqa", "/metrics")) {
            HttpResponse<String> head = send(s, "HEAD", path, null);
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            HttpResponse<String> get = send(s, "GET", path, null);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
            if (!path.equals("/metrics")) { // the metrics move between the two requests
                assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                        head.headers().firstValue("Content-Length").orElse(""), path);
            }
        }
        assertEquals(405, send(s, "HEAD", "/v1/chat/completions", null).statusCode());
    }

    @Test
    void oneAccessLogLinePerRequest() throws Exception {
        StringWriter log = new StringWriter();
        SymqaServer s = start(new PrintWriter(log, true));
        send(s, "GET", "/health", null);
        send(s, "POST", "/v1/chat/completions", chat("hello").toString());
        send(s, "GET", "/nowhere", null);
        try (RawHttp raw = new RawHttp(s.port())) {
            raw.send("BROKEN\r\n\r\n").read();
        }
        s.stop(2000);
        String[] lines = log.toString().split("\n");
        assertEquals(4, lines.length, log.toString());
        String when = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z 127\\.0\\.0\\.1 ";
        assertTrue(lines[0].matches(when + "GET /health 200 \\d+\\.\\d ms"), lines[0]);
        assertTrue(lines[1].matches(when + "POST /v1/chat/completions 200 \\d+\\.\\d ms"), lines[1]);
        assertTrue(lines[2].matches(when + "GET /nowhere 404 \\d+\\.\\d ms"), lines[2]);
        assertTrue(lines[3].matches(when + "- - 400 \\d+\\.\\d ms"), lines[3]);
        assertFalse(log.toString().contains("Exception"));
    }
}
