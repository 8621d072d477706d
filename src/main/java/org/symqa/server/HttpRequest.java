package org.symqa.server;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request read in full: what the router needs to answer it.
 *
 * @param method  the method token, as sent (case matters)
 * @param path    the path of the request target, without query (still percent-encoded)
 * @param minor   the HTTP/1.x minor version (0 or 1)
 * @param headers header values by lower-case name, in the order sent; values keep their bytes (ISO-8859-1)
 * @param body    the body (empty when none), chunked encoding removed
 * @param client  the client's address
 * @param startNanos {@link System#nanoTime()} at the request's first byte
 */
record HttpRequest(String method, String path, int minor, Map<String, List<String>> headers, byte[] body,
                   InetAddress client, long startNanos) {
    HttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        headers = Map.copyOf(headers);
    }

    /** The first value of a header (name in lower case), or null. */
    String header(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** True when the connection may stay open after the reply (HTTP/1.1 unless "close"; HTTP/1.0 if "keep-alive"). */
    boolean keepAlive() {
        List<String> c = headers.getOrDefault("connection", List.of());
        boolean close = false;
        boolean keep = false;
        for (String v : c) {
            for (String token : v.split(",")) {
                close |= token.strip().equalsIgnoreCase("close");
                keep |= token.strip().equalsIgnoreCase("keep-alive");
            }
        }
        return !close && (minor >= 1 || keep);
    }

    /** True for HEAD. */
    boolean isHead() {
        return method.equals("HEAD");
    }
}
