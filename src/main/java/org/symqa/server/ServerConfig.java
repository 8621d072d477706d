package org.symqa.server;

import java.util.Objects;

/**
 * The settings of one server: where it listens, the limits it enforces and who may call it.
 *
 * @param host   the address to bind (loopback by default)
 * @param port   the port, 0 for an ephemeral one
 * @param limits sizes, threads and time limits
 * @param access API key, allowed Host names and CORS origins
 */
public record ServerConfig(String host, int port, Limits limits, Access access) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(access, "access");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * The limits a server enforces.
     *
     * @param maxBodyBytes         the largest request body accepted; larger ones get 413
     * @param threads              the worker threads that answer prompts
     * @param queue                the requests that may wait for a worker; beyond it requests get 503
     * @param timeoutMillis        the time a request may take from entering the worker queue to its answer; then 504
     * @param readTimeoutMillis    the time a client has to send a whole request (headers and body) from its first
     *                             byte, or from connecting; then 408. Writing a reply has the same time.
     * @param maxConnections       open connections at most; beyond, new ones get 503 and are closed
     * @param maxConnectionsPerClient open connections from one client address at most; beyond, 503
     * @param cacheEntries         the answers kept for repeated prompts (0: no cache)
     */
    public record Limits(int maxBodyBytes, int threads, int queue, long timeoutMillis, long readTimeoutMillis,
                         int maxConnections, int maxConnectionsPerClient, int cacheEntries) {
        public Limits {
            positive(maxBodyBytes, "max body");
            positive(threads, "threads");
            positive(readTimeoutMillis, "read timeout");
            positive(timeoutMillis, "timeout");
            positive(maxConnections, "max connections");
            positive(maxConnectionsPerClient, "max connections per client");
            if (queue < 0) {
                throw new IllegalArgumentException("queue must not be negative");
            }
            if (cacheEntries < 0) {
                throw new IllegalArgumentException("cache entries must not be negative");
            }
        }

        /** 1 MiB bodies, one worker per core, queue 64, 10 s per answer, 10 s to read a request, 1024 connections
         * (256 per client address), 256 cached answers. */
        public static Limits defaults() {
            return new Limits(1 << 20, Runtime.getRuntime().availableProcessors(), 64, 10_000, 10_000, 1024, 256, 256);
        }

        private static void positive(long value, String what) {
            if (value < 1) {
                throw new IllegalArgumentException(what + " must be at least 1");
            }
        }
    }

    /** The defaults: loopback, port 8080, {@link Limits#defaults()}, no key, loopback Host names, no CORS. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, Limits.defaults(), Access.open());
    }
}
