package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The request parser: any split of the bytes gives the same request; every malformation and limit its error. */
class RequestParserTest {
    private static final String HEAD = "POST /v1/answer?x=1 HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n";

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static HttpRequest parse(String raw, int maxBody) throws ApiError {
        RequestParser p = new RequestParser(maxBody);
        ByteBuffer in = bytes(raw);
        assertTrue(p.feed(in), "request not complete: " + raw);
        return p.take(InetAddress.getLoopbackAddress(), 0);
    }

    private static ApiError error(String raw, int maxBody) {
        RequestParser p = new RequestParser(maxBody);
        return assertThrows(ApiError.class, () -> p.feed(bytes(raw)), raw);
    }

    @Test
    void everySplitOfTheBytesGivesTheSameRequest() throws ApiError {
        String raw = HEAD + "Transfer-Encoding: chunked\r\n\r\n4;ext=1\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nTrailer: x\r\n\r\n"
                + "GET /health HTTP/1.1\r\nHost: h\r\n\r\n";
        byte[] all = raw.getBytes(StandardCharsets.ISO_8859_1);
        for (int cut = 0; cut <= all.length; cut++) {
            RequestParser p = new RequestParser(100);
            ByteBuffer first = ByteBuffer.wrap(all, 0, cut);
            boolean done = p.feed(first);
            ByteBuffer rest = ByteBuffer.wrap(all, cut - first.remaining(), all.length - cut + first.remaining());
            if (!done) {
                done = p.feed(rest);
            }
            assertTrue(done, "cut at " + cut);
            HttpRequest r = p.take(InetAddress.getLoopbackAddress(), 0);
            assertEquals("POST", r.method());
            assertEquals("/v1/answer", r.path());
            assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.US_ASCII), r.body(), "cut at " + cut);
            assertTrue(p.feed(rest), "the pipelined request follows, cut at " + cut);
            assertEquals("/health", p.take(InetAddress.getLoopbackAddress(), 0).path());
        }
    }

    @Test
    void headersKeepTheirBytesAndOrder() throws ApiError {
        HttpRequest r = parse("GET http://h/v1/models HTTP/1.0\nX-A: 1\nx-a:  2 \nAuthorization: Bearer \u00c3\u00a9\n\n", 10);
        assertEquals("/v1/models", r.path());
        assertEquals(0, r.minor());
        assertEquals(List.of("1", "2"), r.headers().get("x-a"));
        assertEquals("Bearer \u00c3\u00a9", r.header("authorization"), "UTF-8 bytes kept as ISO-8859-1 characters");
        assertFalse(r.keepAlive(), "HTTP/1.0 closes by default");
        assertEquals(0, r.body().length);
    }

    @Test
    void bodyAtTheLimitIsTakenOneMoreByteIs413() throws ApiError {
        assertEquals(5, parse(HEAD + "Content-Length: 5\r\n\r\nabcde", 5).body().length);
        assertEquals("body_too_large", error(HEAD + "Content-Length: 6\r\n\r\n", 5).code());
        assertEquals(5, parse(HEAD + "Transfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n0\r\n\r\n", 5).body().length);
        assertEquals("body_too_large", error(HEAD + "Transfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n1\r\n", 5).code());
    }

    @Test
    void requestLineAndHeadersAtTheirLimits() throws ApiError {
        String path = "/" + "a".repeat(RequestParser.MAX_REQUEST_LINE - "GET  HTTP/1.1".length() - 1);
        assertEquals(path, parse("GET " + path + " HTTP/1.1\r\nHost: h\r\n\r\n", 1).path());
        assertEquals(414, error("GET " + path + "a HTTP/1.1\r\n", 1).status());
        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\nHost: h\r\n");
        for (int i = 1; i < RequestParser.MAX_HEADERS; i++) {
            many.append("X: ").append(i).append("\r\n");
        }
        assertEquals(RequestParser.MAX_HEADERS - 1, parse(many + "\r\n", 1).headers().get("x").size());
        assertEquals(431, error(many + "X: last\r\n\r\n", 1).status());
        assertEquals(431, error("GET / HTTP/1.1\r\nX: " + "v".repeat(RequestParser.MAX_HEADER_BYTES) + "\r\n", 1).status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no version|GET /\\r\\n\\r\\n|400|invalid_request_line",
        "two spaces|GET  / HTTP/1.1\\r\\n\\r\\n|400|invalid_request_line",
        "bad method|G(T / HTTP/1.1\\r\\n\\r\\n|400|invalid_request_line",
        "relative target|GET v1 HTTP/1.1\\r\\n\\r\\n|400|invalid_request_line",
        "HTTP/2|GET / HTTP/2.0\\r\\n\\r\\n|505|http_version_not_supported",
        "no Host|GET / HTTP/1.1\\r\\n\\r\\n|400|invalid_header",
        "two Hosts|GET / HTTP/1.1\\r\\nHost: a\\r\\nHost: b\\r\\n\\r\\n|400|invalid_header",
        "folded|GET / HTTP/1.1\\r\\nHost: a\\r\\n x\\r\\n\\r\\n|400|invalid_header",
        "space before colon|GET / HTTP/1.1\\r\\nHost : a\\r\\n\\r\\n|400|invalid_header",
        "no colon|GET / HTTP/1.1\\r\\nHost a\\r\\n\\r\\n|400|invalid_header",
        "NUL in value|GET / HTTP/1.1\\r\\nHost: a\\u0000b\\r\\n\\r\\n|400|invalid_header",
        "bare CR|GET / HTTP/1.1\\rHost: a\\r\\n\\r\\n|400|invalid_request",
        "length not a number|POST / HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: abc\\r\\n\\r\\n|400|invalid_content_length",
        "negative length|POST / HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: -1\\r\\n\\r\\n|400|invalid_content_length",
        "lengths differ|POST / HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 1, 2\\r\\n\\r\\n|400|invalid_content_length",
        "length and chunked|POST / HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n|400|invalid_header",
        "gzip coding|POST / HTTP/1.1\\r\\nHost: a\\r\\nTransfer-Encoding: gzip, chunked\\r\\n\\r\\n|501|unsupported_transfer_encoding",
        "bad chunk size|POST / HTTP/1.1\\r\\nHost: a\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nzz\\r\\n|400|invalid_chunk",
        "chunk size overflow|POST / HTTP/1.1\\r\\nHost: a\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\nffffffffffffffff\\r\\n|400|invalid_chunk",
        "chunk longer than size|POST / HTTP/1.1\\r\\nHost: a\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n1\\r\\nab\\r\\n|400|invalid_chunk",
    })
    void malformedRequestsGetTheirError(String name, String raw, int status, String code) {
        ApiError e = error(raw.replace("\\r", "\r").replace("\\n", "\n").replace("\\u0000", "\u0000"), 100);
        assertEquals(status, e.status(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        assertEquals("close", e.headers().get("Connection"), "a malformed message ends the connection");
    }

    @Test
    void expectContinueIsAskedOnceAndOnlyWithABody() throws ApiError {
        RequestParser p = new RequestParser(10);
        assertFalse(p.feed(bytes(HEAD + "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n")));
        assertTrue(p.takeContinue());
        assertFalse(p.takeContinue());
        assertTrue(p.feed(bytes("{}")));
        RequestParser q = new RequestParser(10);
        assertTrue(q.feed(bytes("GET / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n")));
        assertFalse(q.takeContinue());
    }

    @Test
    void emptyLinesBeforeARequestAreSkipped() throws ApiError {
        RequestParser p = new RequestParser(10);
        assertFalse(p.feed(bytes("\r\n")));
        assertTrue(p.started(), "any byte starts the read deadline");
        assertTrue(p.feed(bytes("GET /health HTTP/1.1\r\nHost: h\r\n\r\n")));
    }
}
