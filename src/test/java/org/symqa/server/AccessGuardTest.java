package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.symqa.TestPipeline;

/** Who may call: Host names against DNS rebinding, browser origins and CORS, Content-Type, the API key as UTF-8. */
class AccessGuardTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "{\"question\":\"What hardware was used?\","
            + "\"contexts\":[\"All networks were trained on one NVIDIA RTX 3090 GPU.\"]}";

    private final List<SymqaServer> servers = new ArrayList<>();

    /** Loads the tagger model first, so that the clients' 10 s read timeout measures the server, not the model load. */
    @org.junit.jupiter.api.BeforeAll
    static void loadTheTagger() {
        TestPipeline.annotator().annotate("The model loads once.");
    }

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(2000));
    }

    private SymqaServer start(Access access) throws IOException {
        ServerConfig c = new ServerConfig("127.0.0.1", 0, SymqaServerTest.config(2, 8, 30_000, null, 1 << 20, 0)
                .limits(), access);
        SymqaServer s = new SymqaServer(TestPipeline.get(), new PipelineAnswerer(TestPipeline.get()), c, null);
        servers.add(s);
        s.start();
        return s;
    }

    private static RawHttp.Response send(SymqaServer s, String method, String path, String headers, String body)
            throws IOException {
        try (RawHttp c = new RawHttp(s.port())) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            c.send((method + " " + path + " HTTP/1.1\r\n" + headers + "Content-Length: " + b.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            c.send(b);
            return c.read(method.equals("HEAD"));
        }
    }

    private static String code(RawHttp.Response r) throws IOException {
        return JSON.readTree(r.body()).get("error").get("code").asText();
    }

    @Test
    void hostNamesOtherThanIpLocalhostAndAllowedAreRefused() throws Exception {
        SymqaServer s = start(Access.open());
        for (String host : List.of("127.0.0.1:" + s.port(), "localhost", "LOCALHOST.:8080", "[::1]:1", "10.1.2.3")) {
            assertEquals(200, send(s, "GET", "/v1/models", "Host: " + host + "\r\n", "").status(), host);
        }
        RawHttp.Response evil = send(s, "GET", "/v1/models", "Host: attacker.example:" + s.port() + "\r\n", "");
        assertEquals(403, evil.status());
        assertEquals("host_not_allowed", code(evil));
        assertTrue(evil.body().contains("--allow-host attacker.example"), evil.body());
        assertEquals(403, send(s, "POST", "/v1/answer", "Host: attacker.example\r\nContent-Type: application/json\r\n",
                ANSWER).status());
        assertEquals(403, send(s, "GET", "/v1/models", "Host: [attacker.example]\r\n", "").status());
        assertEquals(403, send(s, "GET", "/v1/models", "Host: 127.0.0.1.attacker.example\r\n", "").status());
        assertEquals(200, send(s, "GET", "/health", "Host: attacker.example\r\n", "").status(), "probes pass");

        SymqaServer widened = start(new Access(null, List.of("symqa.internal"), List.of()));
        assertEquals(200, send(widened, "GET", "/v1/models", "Host: Symqa.Internal:8080\r\n", "").status());
        assertEquals(403, send(widened, "GET", "/v1/models", "Host: attacker.example\r\n", "").status());
        SymqaServer any = start(new Access(null, List.of("*"), List.of()));
        assertEquals(200, send(any, "GET", "/v1/models", "Host: attacker.example\r\n", "").status());
    }

    @Test
    void postsMustBeJson() throws Exception {
        SymqaServer s = start(Access.open());
        String h = "Host: 127.0.0.1\r\n";
        assertEquals("unsupported_media_type", code(send(s, "POST", "/v1/answer", h, ANSWER)));
        RawHttp.Response form = send(s, "POST", "/v1/answer", h + "Content-Type: text/plain;charset=UTF-8\r\n", ANSWER);
        assertEquals(415, form.status());
        assertTrue(form.body().contains("text/plain"), form.body());
        assertEquals(200, send(s, "POST", "/v1/answer", h + "Content-Type: Application/JSON; charset=utf-8\r\n",
                ANSWER).status());
    }

    @Test
    void corsIsOffByDefaultAndBrowserRequestsAreRefused() throws Exception {
        SymqaServer s = start(Access.open());
        String h = "Host: 127.0.0.1\r\nOrigin: http://page.example\r\n";
        RawHttp.Response options = send(s, "OPTIONS", "/v1/chat/completions", "Host: 127.0.0.1\r\n", "");
        assertEquals(204, options.status());
        assertEquals("POST, OPTIONS", options.headers().get("allow"));
        RawHttp.Response preflight = send(s, "OPTIONS", "/v1/chat/completions", h
                + "Access-Control-Request-Method: POST\r\n", "");
        assertEquals(403, preflight.status());
        assertEquals("origin_not_allowed", code(preflight));
        assertFalse(preflight.headers().containsKey("access-control-allow-origin"));
        assertEquals(403, send(s, "POST", "/v1/answer", h + "Content-Type: application/json\r\n", ANSWER).status());
    }

    @Test
    void allowedOriginsGetPreflightAndCorsHeadersOnEveryReply() throws Exception {
        String origin = "http://app.example:3000";
        SymqaServer s = start(new Access("key", List.of(), List.of(origin + "/", "https://other.example")));
        String h = "Host: 127.0.0.1\r\nOrigin: " + origin + "\r\n";
        RawHttp.Response pre = send(s, "OPTIONS", "/v1/chat/completions", h + "Access-Control-Request-Method: POST\r\n"
                + "Access-Control-Request-Headers: authorization, content-type, x-stainless-os\r\n", "");
        assertEquals(204, pre.status(), "no key needed for a preflight");
        assertEquals(origin, pre.headers().get("access-control-allow-origin"));
        assertEquals("POST, OPTIONS", pre.headers().get("access-control-allow-methods"));
        assertEquals("authorization, content-type, x-stainless-os", pre.headers().get("access-control-allow-headers"));
        assertEquals("Origin", pre.headers().get("vary"));
        RawHttp.Response ok = send(s, "POST", "/v1/answer", h + "Authorization: Bearer key\r\n"
                + "Content-Type: application/json\r\n", ANSWER);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(origin, ok.headers().get("access-control-allow-origin"));
        RawHttp.Response denied = send(s, "GET", "/v1/models", h, "");
        assertEquals(401, denied.status());
        assertEquals(origin, denied.headers().get("access-control-allow-origin"), "errors are readable by the page");
        RawHttp.Response other = send(s, "GET", "/v1/models", "Host: 127.0.0.1\r\nOrigin: http://app.example:3001\r\n"
                + "Authorization: Bearer key\r\n", "");
        assertEquals(403, other.status());
        assertFalse(other.headers().containsKey("access-control-allow-origin"));
    }

    @Test
    void theApiKeyIsComparedAsUtf8Bytes() throws Exception {
        String key = "cl\u00e9-\u043a\u043b\u044e\u0447-\ud83d\udd11";
        SymqaServer s = start(new Access(key, List.of(), List.of()));
        String h = "Host: 127.0.0.1\r\nAuthorization: Bearer ";
        assertEquals(200, send(s, "GET", "/v1/models", h + key + "\r\n", "").status(), "UTF-8 bytes match");
        assertEquals(401, send(s, "GET", "/v1/models", h + key.substring(0, 6) + "\r\n", "").status());
        SymqaServer latin = start(new Access("cl\u00e9", List.of(), List.of()));
        try (RawHttp c = new RawHttp(latin.port())) {
            byte[] latin1 = ("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer cl\u00e9\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(401, c.send(latin1).read().status(), "the byte E9 alone is not the UTF-8 key 'cl\u00e9'");
        }
        assertEquals(200, send(latin, "GET", "/v1/models", h + "cl\u00e9\r\n", "").status());
    }

    @Test
    void badAccessSettingsAreRefusedWithTheFlagNamed() {
        IllegalArgumentException host = assertThrows(IllegalArgumentException.class,
                () -> new Access(null, List.of("http://x.example"), List.of()));
        assertTrue(host.getMessage().startsWith("--allow-host http://x.example"), host.getMessage());
        IllegalArgumentException origin = assertThrows(IllegalArgumentException.class,
                () -> new Access(null, List.of(), List.of("app.example")));
        assertTrue(origin.getMessage().startsWith("--cors-origin app.example"), origin.getMessage());
        assertEquals("localhost", Access.hostName("LocalHost.:80"));
        assertEquals("[::1]", Access.hostName("[::1]:8080"));
    }
}
