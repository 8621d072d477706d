package org.symqa.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A reply to send: status, content type, extra headers, and the body in parts (one part for a plain body; each
 * server-sent event a part of its own, flushed as it is written).
 */
record Reply(int status, String contentType, Map<String, String> headers, List<byte[]> parts, boolean streamed) {
    Reply {
        headers = Map.copyOf(headers);
        parts = List.copyOf(parts);
    }

    /** A JSON reply with status 200. */
    static Reply json(String json) {
        return new Reply(200, "application/json", Map.of(), List.of(utf8(json)), false);
    }

    /** A plain-text reply with status 200. */
    static Reply text(String contentType, String text) {
        return new Reply(200, contentType, Map.of(), List.of(utf8(text)), false);
    }

    /** A stream of server-sent events, each one {@code data: ...} followed by a blank line. */
    static Reply events(List<String> data) {
        return new Reply(200, "text/event-stream; charset=utf-8", Map.of("Cache-Control", "no-cache"),
                data.stream().map(d -> utf8("data: " + d + "\n\n")).toList(), true);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
