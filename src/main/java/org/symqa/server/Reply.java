package org.symqa.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reply to send: status, content type, extra headers, the body in parts (one part for a plain body; each
 * server-sent event a part of its own), and the error code when it is an error (for the metrics).
 */
record Reply(int status, String contentType, Map<String, String> headers, List<byte[]> parts, String errorCode) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    Reply {
        headers = Map.copyOf(headers);
        parts = List.copyOf(parts);
    }

    /** A JSON reply with status 200. */
    static Reply json(String json) {
        return new Reply(200, "application/json", Map.of(), List.of(utf8(json)), null);
    }

    /** A plain-text reply with status 200. */
    static Reply text(String contentType, String text) {
        return new Reply(200, contentType, Map.of(), List.of(utf8(text)), null);
    }

    /** A reply without a body (204). */
    static Reply empty(Map<String, String> headers) {
        return new Reply(204, null, headers, List.of(), null);
    }

    /** A stream of server-sent events, each one {@code data: ...} followed by a blank line. */
    static Reply events(List<String> data) {
        return new Reply(200, "text/event-stream; charset=utf-8", Map.of("Cache-Control", "no-cache"),
                data.stream().map(d -> utf8("data: " + d + "\n\n")).toList(), null);
    }

    /** The OpenAI error object {@code {"error": {"message", "type", "param", "code"}}} with the error's status. */
    static Reply error(ApiError e) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode err = o.putObject("error");
        err.put("message", e.getMessage());
        err.put("type", e.type());
        if (e.param() == null) {
            err.putNull("param");
        } else {
            err.put("param", e.param());
        }
        err.put("code", e.code());
        return new Reply(e.status(), "application/json", e.headers(), List.of(utf8(o.toString())), e.code());
    }

    /** This reply with more headers (those given win). */
    Reply with(Map<String, String> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, String> h = new HashMap<>(headers);
        h.putAll(more);
        return new Reply(status, contentType, h, parts, errorCode);
    }

    /** The body length in bytes. */
    int length() {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        return n;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
