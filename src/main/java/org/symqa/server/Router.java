package org.symqa.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one HTTP handler: finds the route, checks method, API key and body size, runs the endpoint, writes the reply
 * or an OpenAI-style error, and counts the request. Nothing a request does escapes as an exception.
 */
final class Router implements HttpHandler {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A path: its method, whether it needs the API key, and what answers it. */
    private record Route(String method, boolean authenticated, Endpoint endpoint) {
    }

    /** What answers a route, given the request body (empty for GET). */
    @FunctionalInterface
    private interface Endpoint {
        Reply handle(byte[] body) throws Exception;
    }

    private final Map<String, Route> routes;
    private final Metrics metrics;
    private final int maxBody;
    private final byte[] keyDigest;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    Router(Endpoints e, Metrics metrics, ServerConfig config) {
        this.routes = Map.of(
                "/v1/chat/completions", new Route("POST", true, e::chat),
                "/v1/answer", new Route("POST", true, e::answer),
                "/v1/models", new Route("GET", true, b -> e.models()),
                "/health", new Route("GET", false, b -> e.health()),
                "/metrics", new Route("GET", true, b -> e.metrics()));
        this.metrics = metrics;
        this.maxBody = config.maxBodyBytes();
        this.keyDigest = config.apiKey() == null ? null : sha256(config.apiKey());
    }

    @Override
    public void handle(HttpExchange ex) {
        long t0 = System.nanoTime();
        inFlight.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        Route route = routes.get(path);
        String label = route == null ? "other" : path;
        int status = 500;
        String code = null;
        try {
            Reply reply;
            try {
                reply = route(ex, path, route);
            } catch (ApiError err) {
                reply = error(err);
                code = err.code();
            } catch (IOException readFailed) {
                ApiError err = ApiError.badRequest("unreadable_body", null, "the request body could not be read");
                reply = error(err);
                code = err.code();
            } catch (Exception | Error unexpected) {
                ApiError err = ApiError.internal();
                reply = error(err);
                code = err.code();
            }
            status = reply.status();
            send(ex, reply);
        } catch (IOException | RuntimeException clientGone) {
            code = code == null ? "client_closed" : code;
        } finally {
            ex.close();
            metrics.record(label, status, code, System.nanoTime() - t0);
            inFlight.decrementAndGet();
        }
    }

    private Reply route(HttpExchange ex, String path, Route route) throws Exception {
        if (route == null) {
            throw ApiError.notFound(path);
        }
        String method = ex.getRequestMethod();
        if (!route.method().equals(method)) {
            throw ApiError.methodNotAllowed(method, path, route.method());
        }
        if (draining.get()) {
            throw ApiError.overloaded("server is shutting down");
        }
        if (route.authenticated() && keyDigest != null && !authorized(ex.getRequestHeaders())) {
            throw ApiError.unauthorized();
        }
        byte[] body = method.equals("POST") ? body(ex) : new byte[0];
        return route.endpoint().handle(body);
    }

    /** True when the Bearer token matches the key; digests of equal length are compared in constant time. */
    private boolean authorized(Headers h) {
        String auth = h.getFirst("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(keyDigest, sha256(auth.substring(7).strip()));
    }

    /** The request body, at most {@code maxBody} bytes; a larger one (declared or sent) is a 413. */
    private byte[] body(HttpExchange ex) throws IOException, ApiError {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > maxBody) {
                    throw ApiError.tooLarge(maxBody);
                }
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("invalid_header", null, "Content-Length is not a number");
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > maxBody) {
                    throw ApiError.tooLarge(maxBody);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static Reply error(ApiError e) {
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
        return new Reply(e.status(), "application/json", e.headers(),
                List.of(o.toString().getBytes(StandardCharsets.UTF_8)), false);
    }

    private static void send(HttpExchange ex, Reply reply) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", reply.contentType());
        reply.headers().forEach(h::set);
        if (reply.streamed()) {
            ex.sendResponseHeaders(reply.status(), 0);
            OutputStream os = ex.getResponseBody();
            for (byte[] part : reply.parts()) {
                os.write(part);
                os.flush();
            }
        } else {
            byte[] b = reply.parts().get(0);
            ex.sendResponseHeaders(reply.status(), b.length);
            ex.getResponseBody().write(b);
        }
    }

    /** From now on, every request but those already in flight gets 503. */
    void drain() {
        draining.set(true);
    }

    /** Requests being handled now. */
    int inFlight() {
        return inFlight.get();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
