package org.symqa.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** HTTP/1.1 syntax the server needs: tokens, request targets, reason phrases, and the bytes of a reply head. */
final class Http {
    private static final String TCHAR = "!#$%&'*+-.^_`|~";
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(100, "Continue"), Map.entry(200, "OK"), Map.entry(204, "No Content"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"),
            Map.entry(505, "HTTP Version Not Supported"));

    /** The interim reply to {@code Expect: 100-continue}. */
    static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private Http() {
    }

    /** True for a non-empty RFC 9110 token (method, header name). */
    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || TCHAR.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The path of a request target (origin form {@code /p?q}, absolute form {@code http://h/p}, or {@code *}). */
    static String path(String target) throws ApiError {
        String t = target;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int slash = t.indexOf('/', lower.indexOf("//") + 2);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        if (t.equals("*")) {
            return t;
        }
        if (!t.startsWith("/")) {
            throw ApiError.http(400, "invalid_request_line", "the request target must be a path starting with '/'");
        }
        int end = t.length();
        for (char c : new char[] {'?', '#'}) {
            int i = t.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return t.substring(0, end);
    }

    /** A path segment with its percent escapes decoded as UTF-8; a malformed escape is a 400. */
    static String decode(String segment) throws ApiError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                out.write(c);
                continue;
            }
            int hi = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(segment.charAt(i + 2), 16);
            if (lo < 0) {
                throw ApiError.badRequest("invalid_path", null, "malformed percent escape in the path");
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The head of a reply: status line, the reply's headers, Content-Type, Content-Length, Date and Connection.
     *
     * @param keepAlive true to keep the connection open after this reply
     * @param minor     the request's HTTP/1.x minor version (HTTP/1.0 needs "Connection: keep-alive" to keep it)
     */
    static byte[] head(Reply reply, boolean keepAlive, int minor, long idleSeconds) {
        StringBuilder b = new StringBuilder(256);
        b.append("HTTP/1.1 ").append(reply.status()).append(' ')
                .append(REASONS.getOrDefault(reply.status(), "Status")).append("\r\n");
        if (reply.contentType() != null) {
            b.append("Content-Type: ").append(reply.contentType()).append("\r\n");
        }
        if (reply.status() != 204) {
            b.append("Content-Length: ").append(reply.length()).append("\r\n");
        }
        reply.headers().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!e.getKey().equalsIgnoreCase("Connection")) {
                b.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
            }
        });
        b.append("X-Content-Type-Options: nosniff\r\n");
        b.append("Date: ").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .append("\r\n");
        if (!keepAlive) {
            b.append("Connection: close\r\n");
        } else {
            if (minor == 0) {
                b.append("Connection: keep-alive\r\n");
            }
            b.append("Keep-Alive: timeout=").append(idleSeconds).append("\r\n");
        }
        b.append("\r\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The whole reply: head, then the body unless the request was HEAD. */
    static byte[] bytes(Reply reply, boolean head, boolean keepAlive, int minor, long idleSeconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + (head ? 0 : reply.length()));
        out.writeBytes(head(reply, keepAlive, minor, idleSeconds));
        if (!head) {
            reply.parts().forEach(out::writeBytes);
        }
        return out.toByteArray();
    }
}
