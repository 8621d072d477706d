package org.symqa.server;

import java.util.Map;

/** An error reply in the OpenAI shape: HTTP status, message, type, offending parameter, code and extra headers. */
final class ApiError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final String param;
    private final String code;
    private final transient Map<String, String> headers;

    ApiError(int status, String type, String code, String param, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.param = param;
        this.headers = Map.copyOf(headers);
    }

    static ApiError badRequest(String code, String param, String message) {
        return new ApiError(400, "invalid_request_error", code, param, message, Map.of());
    }

    static ApiError unauthorized() {
        return new ApiError(401, "authentication_error", "invalid_api_key",
                null, "missing or wrong API key: send 'Authorization: Bearer KEY'", Map.of("WWW-Authenticate", "Bearer"));
    }

    static ApiError notFound(String path) {
        return new ApiError(404, "invalid_request_error", "not_found", null, "unknown path: " + path, Map.of());
    }

    static ApiError methodNotAllowed(String method, String path, String allowed) {
        return new ApiError(405, "invalid_request_error", "method_not_allowed", null,
                method + " is not allowed on " + path + "; use " + allowed, Map.of("Allow", allowed));
    }

    static ApiError tooLarge(long limit) {
        return new ApiError(413, "invalid_request_error", "body_too_large", null,
                "request body is larger than the limit of " + limit + " bytes", Map.of("Connection", "close"));
    }

    static ApiError overloaded(String why) {
        return new ApiError(503, "server_error", "overloaded", null, why, Map.of("Retry-After", "1"));
    }

    static ApiError timeout(long millis) {
        return new ApiError(504, "server_error", "timeout", null, "no answer within the time limit of " + millis + " ms",
                Map.of());
    }

    /** A malformed or refused HTTP message (request line, headers, framing): the connection closes after it. */
    static ApiError http(int status, String code, String message) {
        return new ApiError(status, "invalid_request_error", code, null, message, Map.of("Connection", "close"));
    }

    /** The client sent no whole request within the read time limit. */
    static ApiError requestTimeout(long millis) {
        return new ApiError(408, "invalid_request_error", "request_timeout", null,
                "the request was not received in full within " + millis + " ms", Map.of("Connection", "close"));
    }

    /** Too many open connections (from this client, or in all); the connection closes after it. */
    static ApiError tooManyConnections(String why) {
        return new ApiError(503, "server_error", "overloaded", null, why,
                Map.of("Retry-After", "1", "Connection", "close"));
    }

    /** A request the server will not answer for who or where it comes from (Host, Origin). */
    static ApiError forbidden(String code, String message) {
        return new ApiError(403, "invalid_request_error", code, null, message, Map.of());
    }

    static ApiError unsupportedMediaType(String got) {
        return new ApiError(415, "invalid_request_error", "unsupported_media_type", null,
                "Content-Type must be application/json" + (got == null ? " (none was sent)" : ", not " + got),
                Map.of());
    }

    static ApiError modelNotFound(String id) {
        return new ApiError(404, "invalid_request_error", "model_not_found", "model",
                "the model '" + id + "' does not exist; this server has one model, '" + ChatApi.MODEL + "'", Map.of());
    }

    static ApiError internal() {
        return new ApiError(500, "server_error", "internal_error", null, "internal error", Map.of());
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String param() {
        return param;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }
}
