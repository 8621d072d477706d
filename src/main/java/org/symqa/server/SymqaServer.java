package org.symqa.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import org.symqa.Symqa;

/**
 * An HTTP server that answers prompts through an OpenAI-compatible API (chat completions, completions) and a native
 * JSON API. It never prints, save the access log to the writer it is given.
 *
 * <p>Threads: one selector thread ({@link HttpFront}) reads every request without blocking and writes every reply;
 * a client that sends slowly or idles costs no thread. A request read in full goes to the {@link Router}: cheap
 * paths ({@code /health}, {@code /metrics}, {@code /v1/models}) are answered at once, prompts on the bounded
 * {@link WorkerPool}, whose full queue is seen at once as 503 while {@code /health} still answers.
 */
public final class SymqaServer {
    private final ServerConfig config;
    private final Router router;
    private final WorkerPool workers;
    private final HttpFront front;
    private final AccessLog log;

    /** A server for the given pipeline, without access log. */
    public SymqaServer(Symqa symqa, ServerConfig config) throws IOException {
        this(symqa, config, null);
    }

    /** A server for the given pipeline that writes a line per request to {@code accessLog} (null: none). */
    public SymqaServer(Symqa symqa, ServerConfig config, PrintWriter accessLog) throws IOException {
        this(symqa, new PipelineAnswerer(symqa), config, accessLog);
    }

    /** A server whose answers come from the given answerer (tests use it to slow answers down). */
    SymqaServer(Symqa symqa, Answerer answerer, ServerConfig config, PrintWriter accessLog) throws IOException {
        this.config = config;
        ServerConfig.Limits limits = config.limits();
        Metrics metrics = new Metrics();
        Answerer a = answerer;
        if (limits.cacheEntries() > 0) {
            AnswerCache cache = new AnswerCache(answerer, limits.cacheEntries());
            metrics.gauge("symqa_answer_cache_hits_total counter Answers served from the cache.", cache::hits);
            metrics.gauge("symqa_answer_cache_misses_total counter Answers computed (not found in the cache).",
                    cache::misses);
            a = cache;
        }
        this.workers = new WorkerPool(limits.threads(), limits.queue(), limits.timeoutMillis());
        this.router = new Router(new Endpoints(symqa, a, workers), metrics, config);
        this.log = accessLog == null ? null : new AccessLog(accessLog);
        this.front = new HttpFront(config, router, (client, request, status, code, nanos) -> {
            metrics.record(router.label(request.substring(request.indexOf(' ') + 1)), status, code, nanos);
            if (log != null) {
                log.log(client, request, status, nanos);
            }
        });
        metrics.gauge("symqa_http_in_flight gauge Requests read in full and not yet answered.", front::inFlight);
        metrics.gauge("symqa_http_connections gauge Open client connections.", front::open);
        metrics.gauge("symqa_worker_queue_length gauge Requests waiting for a worker.", workers::queued);
        metrics.gauge("symqa_workers_busy gauge Workers answering a prompt now.", workers::active);
        metrics.gauge("symqa_workers_abandoned gauge Workers still running a prompt that timed out and ignored its "
                + "interrupt; fresh workers stand in for them.", workers::abandoned);
        if (log != null) {
            metrics.gauge("symqa_access_log_dropped_total counter Access-log lines dropped (the writer fell behind).",
                    log::dropped);
        }
    }

    /** Starts listening. */
    public void start() {
        front.start();
    }

    /** The port listened on (the real one when the config asked for port 0). */
    public int port() {
        return front.port();
    }

    /** The settings in force. */
    public ServerConfig config() {
        return config;
    }

    /**
     * Stops gracefully: the socket stops accepting, new requests on open connections get 503, requests in flight
     * finish (waiting at most {@code graceMillis}), then every connection is closed and the threads end.
     */
    public void stop(long graceMillis) {
        router.drain();
        front.drain();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        while (front.inFlight() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        front.close(1000);
        try {
            workers.shutdown(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (log != null) {
            log.close();
        }
    }
}
