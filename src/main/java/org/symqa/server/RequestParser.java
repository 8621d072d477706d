package org.symqa.server;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.x request from the bytes as they arrive (any split), strictly and within limits: request line,
 * headers, and a body framed by Content-Length or chunked encoding. Anything malformed or too large is an
 * {@link ApiError} naming the problem (400, 413, 414, 431, 501, 505), never a hang or a partial request.
 */
final class RequestParser {
    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_HEADERS = 100;
    private static final int MAX_CHUNK_LINE = 1024;
    private static final int FIRST_BODY_BUFFER = 16 * 1024;

    private enum State { REQUEST_LINE, HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, DONE }

    private final int maxBody;
    private final LineReader line = new LineReader();
    private State state = State.REQUEST_LINE;
    private boolean started;
    private boolean wantsContinue;
    private String method;
    private String path;
    private int minor;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private int headerBytes;
    private long remaining;
    private byte[] body = new byte[0];
    private int bodyLength;

    RequestParser(int maxBody) {
        this.maxBody = maxBody;
    }

    /**
     * Consumes bytes of {@code in} up to the end of one request; returns true when the request is complete (the
     * bytes after it stay in {@code in}).
     */
    boolean feed(ByteBuffer in) throws ApiError {
        started |= in.hasRemaining();
        while (state != State.DONE && in.hasRemaining()) {
            switch (state) {
                case REQUEST_LINE -> {
                    String l = line.read(in, MAX_REQUEST_LINE, () -> ApiError.http(414, "request_line_too_long",
                            "the request line is longer than " + MAX_REQUEST_LINE + " bytes"));
                    if (l != null && !l.isEmpty()) {
                        requestLine(l);
                        state = State.HEADERS;
                    }
                }
                case HEADERS, TRAILERS -> {
                    String l = line.read(in, MAX_HEADER_BYTES - headerBytes, () -> ApiError.http(431,
                            "headers_too_large", "the headers are longer than " + MAX_HEADER_BYTES + " bytes"));
                    if (l != null) {
                        headerBytes += l.length() + 2;
                        if (!l.isEmpty()) {
                            headerLine(l);
                        } else if (state == State.HEADERS) {
                            endOfHeaders();
                        } else {
                            state = State.DONE;
                        }
                    }
                }
                case BODY, CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, in.remaining());
                    append(in, n);
                    remaining -= n;
                    if (remaining == 0) {
                        state = state == State.BODY ? State.DONE : State.CHUNK_END;
                    }
                }
                case CHUNK_SIZE -> {
                    String l = line.read(in, MAX_CHUNK_LINE, () -> badChunk("chunk size line too long"));
                    if (l != null) {
                        chunkSize(l);
                    }
                }
                case CHUNK_END -> {
                    String l = line.read(in, 2, () -> badChunk("chunk data longer than its size"));
                    if (l != null) {
                        if (!l.isEmpty()) {
                            throw badChunk("chunk data longer than its size");
                        }
                        state = State.CHUNK_SIZE;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        return state == State.DONE;
    }

    private void requestLine(String l) throws ApiError {
        String[] parts = l.split(" ", -1);
        if (parts.length != 3 || !Http.isToken(parts[0]) || parts[1].isEmpty()) {
            throw ApiError.http(400, "invalid_request_line", "malformed request line: expected 'METHOD TARGET HTTP/1.1'");
        }
        for (int i = 0; i < parts[1].length(); i++) {
            char c = parts[1].charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw ApiError.http(400, "invalid_request_line", "the request target holds a space or non-ASCII byte");
            }
        }
        if (parts[2].equals("HTTP/1.1") || parts[2].equals("HTTP/1.0")) {
            minor = parts[2].charAt(7) - '0';
        } else if (parts[2].matches("HTTP/[0-9]\\.[0-9]")) {
            throw ApiError.http(505, "http_version_not_supported", parts[2] + " is not supported; use HTTP/1.1");
        } else {
            throw ApiError.http(400, "invalid_request_line", "malformed request line: no HTTP version");
        }
        method = parts[0];
        path = Http.path(parts[1]);
    }

    private void headerLine(String l) throws ApiError {
        if (l.charAt(0) == ' ' || l.charAt(0) == '\t') {
            throw ApiError.http(400, "invalid_header", "folded header lines are not accepted");
        }
        int colon = l.indexOf(':');
        if (colon <= 0 || !Http.isToken(l.substring(0, colon))) {
            throw ApiError.http(400, "invalid_header", "malformed header line (expected 'Name: value')");
        }
        String value = l.substring(colon + 1).strip();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' && c != '\t' || c == 0x7f) {
                throw ApiError.http(400, "invalid_header", "control character in header " + l.substring(0, colon));
            }
        }
        if (state == State.TRAILERS) {
            return;
        }
        List<String> values = headers.computeIfAbsent(l.substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        values.add(value);
        if (headers.values().stream().mapToInt(List::size).sum() > MAX_HEADERS) {
            throw ApiError.http(431, "headers_too_large", "more than " + MAX_HEADERS + " header lines");
        }
    }

    private void endOfHeaders() throws ApiError {
        if (minor == 1 && headers.getOrDefault("host", List.of()).size() != 1) {
            throw ApiError.http(400, "invalid_header", "an HTTP/1.1 request needs exactly one Host header");
        }
        List<String> te = headers.get("transfer-encoding");
        List<String> cl = headers.get("content-length");
        if (te != null) {
            if (cl != null) {
                throw ApiError.http(400, "invalid_header", "both Content-Length and Transfer-Encoding are set");
            }
            if (!String.join(",", te).strip().equalsIgnoreCase("chunked")) {
                throw ApiError.http(501, "unsupported_transfer_encoding",
                        "Transfer-Encoding '" + String.join(", ", te) + "' is not supported; use chunked or Content-Length");
            }
            state = State.CHUNK_SIZE;
        } else {
            remaining = cl == null ? 0 : contentLength(cl);
            if (remaining > maxBody) {
                throw ApiError.tooLarge(maxBody);
            }
            state = remaining == 0 ? State.DONE : State.BODY;
        }
        String expect = headers.containsKey("expect") ? headers.get("expect").get(0) : null;
        wantsContinue = state != State.DONE && minor == 1 && "100-continue".equalsIgnoreCase(expect);
    }

    private static long contentLength(List<String> values) throws ApiError {
        long length = -1;
        for (String v : values) {
            for (String part : v.split(",", -1)) {
                String p = part.strip();
                if (!p.matches("[0-9]{1,18}")) {
                    throw ApiError.http(400, "invalid_content_length", "Content-Length is not a number of bytes: '"
                            + v + "'");
                }
                long n = Long.parseLong(p);
                if (length >= 0 && n != length) {
                    throw ApiError.http(400, "invalid_content_length", "Content-Length values differ");
                }
                length = n;
            }
        }
        return length;
    }

    private void chunkSize(String l) throws ApiError {
        int semi = l.indexOf(';');
        String hex = (semi < 0 ? l : l.substring(0, semi)).strip();
        if (!hex.matches("[0-9A-Fa-f]{1,16}") || hex.length() == 16 && hex.charAt(0) > '7') {
            throw badChunk("bad chunk size '" + (hex.length() > 20 ? hex.substring(0, 20) + "..." : hex) + "'");
        }
        long size = Long.parseLong(hex, 16);
        if (size > maxBody - bodyLength) {
            throw ApiError.tooLarge(maxBody);
        }
        remaining = size;
        state = size == 0 ? State.TRAILERS : State.CHUNK_DATA;
    }

    private static ApiError badChunk(String what) {
        return ApiError.http(400, "invalid_chunk", "malformed chunked body: " + what);
    }

    private void append(ByteBuffer in, int n) {
        if (bodyLength + n > body.length) {
            long want = Math.max(bodyLength + n, Math.max(FIRST_BODY_BUFFER, 2L * body.length));
            body = Arrays.copyOf(body, (int) Math.min(want, Math.max(maxBody, bodyLength + n)));
        }
        in.get(body, bodyLength, n);
        bodyLength += n;
    }

    /** True once any byte of this request has arrived. */
    boolean started() {
        return started;
    }

    /** True (once) when the client waits for {@code 100 Continue} before it sends the body. */
    boolean takeContinue() {
        boolean w = wantsContinue;
        wantsContinue = false;
        return w;
    }

    /** The bytes held for the body so far (buffer capacity). */
    int buffered() {
        return body.length;
    }

    /** Method and path of the request line, once read (for logging a refused request), else "-". */
    String describe() {
        return method == null ? "- -" : method + " " + path;
    }

    /** The request read, and the parser ready for the next one. */
    HttpRequest take(InetAddress client, long startNanos) {
        HttpRequest r = new HttpRequest(method, path, minor, headers, Arrays.copyOf(body, bodyLength), client,
                startNanos);
        state = State.REQUEST_LINE;
        started = false;
        wantsContinue = false;
        method = null;
        path = null;
        headers.clear();
        headerBytes = 0;
        remaining = 0;
        body = new byte[0];
        bodyLength = 0;
        return r;
    }
}
