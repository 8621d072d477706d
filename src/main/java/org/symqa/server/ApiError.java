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
