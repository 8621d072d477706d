package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;

/**
 * The HTTP front over bare sockets: slow and idle clients hold no worker and get 408, malformed HTTP gets JSON,
 * connection limits, keep-alive, pipelining, {@code Expect: 100-continue} and HEAD.
 */
class HttpFrontTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER_BODY = "{\"question\":\"What hardware was used?\","
            + "\"contexts\":[\"All networks were trained on one NVIDIA RTX 3090 GPU.\"]}";

    private final List<SymqaServer> servers = new ArrayList<>();
    private final List<RawHttp> sockets = new ArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();

    @AfterEach
    void stop() throws IOException {
        for (RawHttp s : sockets) {
            s.close();
        }
        servers.forEach(s -> s.stop(2000));
    }

    private SymqaServer start(int threads, int queue, long readTimeoutMs, int maxConnections, int perClient)
            throws IOException {
        PipelineAnswerer pipeline = new PipelineAnswerer(TestPipeline.get());
        ServerConfig c = new ServerConfig("127.0.0.1", 0, new ServerConfig.Limits(1 << 20, threads, queue, 30_000,
                readTimeoutMs, maxConnections, perClient, 0), Access.open());
        SymqaServer s = new SymqaServer(TestPipeline.get(), p -> {
            answered.incrementAndGet();
            return pipeline.answer(p);
        }, c, null);
        servers.add(s);
        s.start();
        return s;
    }

    private RawHttp open(SymqaServer s, String from) throws IOException {
        RawHttp r = new RawHttp(s.port(), from, 10_000);
        sockets.add(r);
        return r;
    }

    private static String post(String path, String body, String extraHeaders) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extraHeaders
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static JsonNode error(RawHttp.Response r, int status, String code) throws IOException {
        assertEquals(status, r.status(), r.body());
        assertEquals("application/json", r.headers().get("content-type"));
        JsonNode e = JSON.readTree(r.body()).get("error");
        assertEquals(code, e.get("code").asText(), r.body());
        assertTrue(e.has("message") && e.has("type") && e.has("param"), r.body());
        return e;
    }

    @Test
    void eightySlowClientsHoldNoWorkerAndHealthAndAnswersGoOn() throws Exception {
        // one worker, no queue, 30 s to send a request: on a thread-per-connection server the first slow client
        // would hold the worker's path for 30 s and everything else would wait or be refused
        SymqaServer s = start(1, 0, 30_000, 1024, 256);
        String request = post("/v1/answer", ANSWER_BODY, "");
        List<RawHttp> slow = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            slow.add(open(s, "127.0.0.1"));
        }
        for (int b = 0; b < 30; b++) { // the request line and half the headers, a byte at a time
            for (RawHttp c : slow) {
                c.send(request.substring(b, b + 1));
            }
            Thread.sleep(10);
        }
        RawHttp health = new RawHttp(s.port(), "127.0.0.1", 5000);
        sockets.add(health);
        RawHttp.Response h = health.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").read();
        assertEquals(200, h.status(), "health answers with 80 slow clients connected");
        RawHttp.Response a = open(s, "127.0.0.1").send(request).read();
        assertEquals(200, a.status(), a.body());
        assertEquals("answered", JSON.readTree(a.body()).get("verdict").asText());
        assertEquals(1, answered.get(), "only the request read in full reached the pipeline");
        for (RawHttp c : slow) { // the slow ones finish their requests and are answered too
            c.send(request.substring(30));
        }
        for (RawHttp c : slow) {
            int status = c.read().status();
            assertTrue(status == 200 || status == 503, "status " + status);
        }
    }

    @Test
    void aBodyStillBeingSentDoesNotReachThePipeline() throws Exception {
        SymqaServer s = start(1, 0, 30_000, 1024, 256);
        String request = post("/v1/answer", ANSWER_BODY, "");
        RawHttp c = open(s, "127.0.0.1").send(request.substring(0, request.length() - 5));
        Thread.sleep(300);
        assertEquals(0, answered.get());
        assertEquals(200, open(s, "127.0.0.1").send("GET /health HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
        assertEquals(200, c.send(request.substring(request.length() - 5)).read().status());
        assertEquals(1, answered.get());
    }

    @Test
    void partialRequestLineOrChunkHeldOpenGets408AndIsClosed() throws Exception {
        SymqaServer s = start(1, 4, 300, 1024, 256);
        RawHttp line = open(s, "127.0.0.1").send("GET /hea");
        RawHttp chunk = open(s, "127.0.0.1").send("POST /v1/answer HTTP/1.1\r\nHost: h\r\nContent-Type: "
                + "application/json\r\nTransfer-Encoding: chunked\r\n\r\n5");
        RawHttp body = open(s, "127.0.0.1").send("POST /v1/answer HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n{");
        for (RawHttp c : List.of(line, chunk, body)) {
            JsonNode e = error(c.read(), 408, "request_timeout");
            assertTrue(e.get("message").asText().contains("300 ms"), e.toString());
            assertTrue(c.closedByServer());
        }
        assertEquals(0, answered.get());
    }

    @Test
    void malformedHttpGetsJsonErrorsAndTheConnectionCloses() throws Exception {
        SymqaServer s = start(1, 4, 10_000, 1024, 256);
        String[][] cases = {
            {"POST /v1/answer HTTP/1.1\r\nHost: h\r\nContent-Length: 12x\r\n\r\n", "400", "invalid_content_length"},
            {"POST /v1/answer HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nnot-hex\r\n", "400", "invalid_chunk"},
            {"GET /health HTTP/2.0\r\n\r\n", "505", "http_version_not_supported"},
            {"HELLO\r\n\r\n", "400", "invalid_request_line"},
            {"GET /health HTTP/1.1\r\nHost: h\r\n\tfolded\r\n\r\n", "400", "invalid_header"},
            {"POST /v1/answer HTTP/1.1\r\nHost: h\r\nContent-Length: 2000000\r\n\r\n", "413", "body_too_large"},
            {"GET /" + "x".repeat(9000) + " HTTP/1.1\r\n", "414", "request_line_too_long"},
        };
        for (String[] c : cases) {
            RawHttp r = open(s, "127.0.0.1").send(c[0]);
            RawHttp.Response resp = r.read();
            error(resp, Integer.parseInt(c[1]), c[2]);
            assertEquals("close", resp.headers().get("connection"));
            assertTrue(r.closedByServer(), c[2]);
        }
        assertEquals(200, open(s, "127.0.0.1").send("GET /health HTTP/1.1\r\nHost: h\r\n\r\n").read().status());
    }

    @Test
    void connectionsPerClientAddressAndInAllAreLimited() throws Exception {
        SymqaServer s = start(1, 4, 10_000, 3, 2);
        RawHttp a = open(s, "127.0.0.1");
        open(s, "127.0.0.1");
        assertEquals(200, a.send("GET /health HTTP/1.1\r\nHost: h\r\n\r\n").read().status(), "taken connections work");
        RawHttp third = open(s, "127.0.0.1");
        JsonNode e = error(third.read(), 503, "overloaded");
        assertTrue(e.get("message").asText().contains("per client"), e.toString());
        assertTrue(third.closedByServer());
        RawHttp other = open(s, "127.0.0.2");
        assertEquals(200, other.send("GET /health HTTP/1.1\r\nHost: h\r\n\r\n").read().status(),
                "another address is not held back by the first one's connections");
        RawHttp fourth = open(s, "127.0.0.3");
        assertTrue(error(fourth.read(), 503, "overloaded").get("message").asText().contains("open connections"));
        a.close();
        Thread.sleep(300);
        assertEquals(200, open(s, "127.0.0.1").send("GET /health HTTP/1.1\r\nHost: h\r\n\r\n").read().status(),
                "a closed connection frees its place");
    }

    @Test
    void keepAlivePipeliningAndHttp10() throws Exception {
        SymqaServer s = start(1, 4, 10_000, 1024, 256);
        RawHttp c = open(s, "127.0.0.1");
        c.send("GET /health HTTP/1.1\r\nHost: h\r\n\r\n" + post("/v1/answer", ANSWER_BODY, "")
                + "HEAD /v1/models HTTP/1.1\r\nHost: localhost:80\r\n\r\nGET /v1/models HTTP/1.1\r\nHost: [::1]\r\n\r\n");
        assertEquals("{\"status\":\"ok\"}", c.read().body());
        assertEquals("answered", JSON.readTree(c.read().body()).get("verdict").asText());
        RawHttp.Response head = c.read(true);
        assertEquals(200, head.status());
        RawHttp.Response get = c.read();
        assertEquals(get.body().length(), Integer.parseInt(head.headers().get("content-length")),
                "HEAD gives the length of the GET body, and no body");
        assertTrue(c.quietFor(300), "the connection stays open for the next request");
        RawHttp old = open(s, "127.0.0.1").send("GET /health HTTP/1.0\r\n\r\n");
        assertEquals("close", old.read().headers().get("connection"));
        assertTrue(old.closedByServer());
        RawHttp closing = open(s, "127.0.0.1").send("GET /health HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        assertEquals(200, closing.read().status());
        assertTrue(closing.closedByServer());
    }

    @Test
    void expectContinueGetsTheInterimReplyBeforeTheBody() throws Exception {
        SymqaServer s = start(1, 4, 10_000, 1024, 256);
        String request = post("/v1/answer", ANSWER_BODY, "Expect: 100-continue\r\n");
        int split = request.indexOf("\r\n\r\n") + 4;
        RawHttp c = open(s, "127.0.0.1").send(request.substring(0, split));
        assertEquals(100, c.read().status());
        assertEquals(200, c.send(request.substring(split)).read().status());
    }
}
