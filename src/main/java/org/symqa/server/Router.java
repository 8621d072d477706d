package org.symqa.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers a request read in full: finds the route, checks Host, method, Origin, API key and Content-Type, runs the
 * endpoint, and adds the CORS headers. Nothing a request does escapes as an exception: every failure is an
 * OpenAI-style error reply.
 */
final class Router implements HttpFront.Handler {
    private static final String MODEL_PREFIX = "/v1/models/";

    /** A path: its method (GET routes take HEAD too), whether Host, Origin and key are checked, what answers it. */
    private record Route(String method, boolean guarded, Endpoint endpoint) {
        String allow() {
            return method.equals("GET") ? "GET, HEAD, OPTIONS" : method + ", OPTIONS";
        }

        boolean allows(String m) {
            return method.equals(m) || method.equals("GET") && m.equals("HEAD");
        }
    }

    /** What answers a route. */
    @FunctionalInterface
    private interface Endpoint {
        CompletableFuture<Reply> handle(HttpRequest request) throws ApiError;
    }

    private final Map<String, Route> routes;
    private final Route modelRoute;
    private final Access access;
    private final String boundHost;
    private final byte[] keyDigest;
    private final AtomicBoolean draining = new AtomicBoolean();

    Router(Endpoints e, Metrics metrics, ServerConfig config) {
        this.routes = Map.of(
                "/v1/chat/completions", new Route("POST", true, r -> e.chat(r.body())),
                "/v1/completions", new Route("POST", true, r -> e.completions(r.body())),
                "/v1/answer", new Route("POST", true, r -> e.answer(r.body())),
                "/v1/models", new Route("GET", true, r -> done(e.models())),
                "/health", new Route("GET", false, r -> done(e.health())),
                "/metrics", new Route("GET", true, r -> done(Reply.text("text/plain; version=0.0.4; charset=utf-8",
                        metrics.render()))));
        this.modelRoute = new Route("GET", true, r -> done(e.model(Http.decode(r.path().substring(MODEL_PREFIX.length())))));
        this.access = config.access();
        this.boundHost = config.host();
        byte[] key = access.keyBytes();
        this.keyDigest = key == null ? null : sha256(key);
    }

    @Override
    public CompletableFuture<Reply> handle(HttpRequest r) {
        String origin = r.header("origin");
        Map<String, String> cors = origin != null && access.originAllowed(origin)
                ? Map.of("Access-Control-Allow-Origin", origin, "Vary", "Origin") : Map.of();
        CompletableFuture<Reply> f;
        try {
            f = route(r, origin);
        } catch (ApiError e) {
            f = done(Reply.error(e));
        } catch (RuntimeException | Error e) {
            f = done(Reply.error(ApiError.internal()));
        }
        return f.handle((reply, err) -> (reply != null ? reply : Reply.error(apiError(err))).with(cors));
    }

    private CompletableFuture<Reply> route(HttpRequest r, String origin) throws ApiError {
        String path = r.path();
        Route route = path.startsWith(MODEL_PREFIX) && path.length() > MODEL_PREFIX.length() ? modelRoute
                : routes.get(path);
        boolean guarded = route == null || route.guarded();
        String host = r.header("host");
        if (guarded && !access.hostAllowed(host, boundHost)) {
            throw ApiError.forbidden("host_not_allowed", "Host '" + Access.hostName(host) + "' is not allowed (a "
                    + "guard against DNS rebinding); start the server with --allow-host " + Access.hostName(host));
        }
        if (route == null) {
            throw ApiError.notFound(path);
        }
        boolean refusedOrigin = guarded && origin != null && !access.originAllowed(origin);
        if (r.method().equals("OPTIONS")) {
            return done(preflight(r, route, origin, refusedOrigin));
        }
        if (!route.allows(r.method())) {
            throw ApiError.methodNotAllowed(r.method(), path, route.allow());
        }
        if (draining.get()) {
            throw ApiError.overloaded("server is shutting down");
        }
        if (refusedOrigin) {
            throw originRefused(origin);
        }
        if (route.guarded() && keyDigest != null && !authorized(r.header("authorization"))) {
            throw ApiError.unauthorized();
        }
        if (route.method().equals("POST") && !isJson(r.header("content-type"))) {
            throw ApiError.unsupportedMediaType(r.header("content-type"));
        }
        return route.endpoint().handle(r);
    }

    /** OPTIONS: the methods allowed, and for a CORS preflight from an allowed origin, the CORS grant. */
    private Reply preflight(HttpRequest r, Route route, String origin, boolean refusedOrigin) throws ApiError {
        Map<String, String> h = new HashMap<>();
        h.put("Allow", route.allow());
        if (origin != null && r.header("access-control-request-method") != null) {
            if (refusedOrigin) {
                throw originRefused(origin);
            }
            h.put("Access-Control-Allow-Methods", route.allow());
            String asked = r.header("access-control-request-headers");
            if (asked != null && asked.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s*,\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*")) {
                h.put("Access-Control-Allow-Headers", asked);
            }
            h.put("Access-Control-Max-Age", "600");
        }
        return Reply.empty(h);
    }

    private ApiError originRefused(String origin) {
        return ApiError.forbidden("origin_not_allowed", "requests from web pages are refused unless their origin "
                + "is allowed: start the server with --cors-origin " + origin);
    }

    /** True when the Bearer token, as the bytes sent, is the key's UTF-8 bytes; digests compared in constant time. */
    private boolean authorized(String auth) {
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // header values keep their bytes as ISO-8859-1 characters: this gives back the bytes the client sent
        return MessageDigest.isEqual(keyDigest, sha256(auth.substring(7).strip().getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().equalsIgnoreCase("application/json");
    }

    /** The label of a path in the metrics: the route, or {@code other}. */
    String label(String path) {
        if (path.startsWith(MODEL_PREFIX) && path.length() > MODEL_PREFIX.length()) {
            return MODEL_PREFIX + "{id}";
        }
        return routes.containsKey(path) ? path : "other";
    }

    /** From now on, every request gets 503. */
    void drain() {
        draining.set(true);
    }

    private static ApiError apiError(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return c instanceof ApiError e ? e : ApiError.internal();
    }

    private static CompletableFuture<Reply> done(Reply r) {
        return CompletableFuture.completedFuture(r);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
