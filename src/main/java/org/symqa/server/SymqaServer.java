package org.symqa.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.symqa.Symqa;

/**
 * An HTTP server that answers prompts through an OpenAI-compatible chat-completions API and a native JSON API.
 * It runs on the JDK's built-in {@code com.sun.net.httpserver}; it never prints.
 *
 * <p>Threads: HTTP exchanges run on {@code threads + queue + 4} connection threads, which read the request and wait
 * for the answer; answers are computed on the bounded {@link WorkerPool}, so a full pool is seen at once as 503 while
 * spare connection threads still serve {@code /health}, {@code /metrics} and the 503 replies themselves.
 */
public final class SymqaServer {
    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // every reply then waits ~40 ms (measured: /health 170 req/s instead of >10000 on loopback).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ServerConfig config;
    private final Router router;
    private final WorkerPool workers;
    private final ExecutorService connections;
    private final HttpServer http;

    /** A server for the given pipeline (answers are cached as the config says). */
    public SymqaServer(Symqa symqa, ServerConfig config) throws IOException {
        this(symqa, symqa::answer, config);
    }

    /** A server whose answers come from the given answerer (tests use it to slow answers down). */
    SymqaServer(Symqa symqa, Answerer answerer, ServerConfig config) throws IOException {
        this.config = config;
        Metrics metrics = new Metrics();
        Answerer a = answerer;
        if (config.cacheEntries() > 0) {
            AnswerCache cache = new AnswerCache(answerer, config.cacheEntries());
            metrics.gauge("symqa_answer_cache_hits_total counter Answers served from the cache.", cache::hits);
            metrics.gauge("symqa_answer_cache_misses_total counter Answers computed (not found in the cache).",
                    cache::misses);
            a = cache;
        }
        this.workers = new WorkerPool(config.threads(), config.queue(), config.timeoutMillis());
        this.router = new Router(new Endpoints(symqa, a, workers, metrics), metrics, config);
        metrics.gauge("symqa_http_in_flight gauge Requests being handled now.", router::inFlight);
        metrics.gauge("symqa_worker_queue_length gauge Requests waiting for a worker.", workers::queued);
        metrics.gauge("symqa_workers_busy gauge Workers answering a prompt now.", workers::active);
        AtomicInteger n = new AtomicInteger();
        this.connections = Executors.newFixedThreadPool(config.threads() + config.queue() + 4, r -> {
            Thread t = new Thread(r, "symqa-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
        this.http.createContext("/", router);
        this.http.setExecutor(connections);
    }

    /** Starts listening. */
    public void start() {
        http.start();
    }

    /** The port listened on (the real one when the config asked for port 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The settings in force. */
    public ServerConfig config() {
        return config;
    }

    /**
     * Stops gracefully: new requests get 503, requests in flight finish (waiting at most {@code graceMillis}), then
     * the socket is closed and the threads end.
     */
    public void stop(long graceMillis) {
        router.drain();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        while (router.inFlight() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        http.stop(0);
        connections.shutdownNow();
        try {
            workers.shutdown(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
