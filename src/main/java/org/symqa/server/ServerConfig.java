package org.symqa.server;

import java.util.Objects;

/**
 * The settings of one server: where it listens and the limits it enforces.
 *
 * @param host         the address to bind (loopback by default)
 * @param port         the port, 0 for an ephemeral one
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param threads      the worker threads that answer prompts
 * @param queue        the requests that may wait for a worker; beyond it requests get 503
 * @param timeoutMillis the time a request may take from entering the worker queue to its answer; then 504
 * @param apiKey       the Bearer token every {@code /v1} and {@code /metrics} request must carry, or null for none
 * @param cacheEntries the answers kept for repeated prompts (0: no cache)
 */
public record ServerConfig(String host, int port, int maxBodyBytes, int threads, int queue, long timeoutMillis,
                           String apiKey, int cacheEntries) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("max body must be at least 1 byte");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (queue < 0) {
            throw new IllegalArgumentException("queue must not be negative");
        }
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("timeout must be at least 1 ms");
        }
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("API key is blank");
        }
        if (cacheEntries < 0) {
            throw new IllegalArgumentException("cache entries must not be negative");
        }
    }

    /** The defaults: loopback, port 8080, 1 MiB bodies, one worker per core, queue 64, 10 s, no key, 256 cached. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, 1 << 20, Runtime.getRuntime().availableProcessors(), 64, 10_000,
                null, 256);
    }
}
