package org.symqa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.symqa.Symqa;
import org.symqa.resources.SourceException;
import org.symqa.server.ServerConfig;
import org.symqa.server.SymqaServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symqa serve}: answers prompts over HTTP (OpenAI-compatible chat completions and a native JSON API). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves answers over HTTP until stopped (SIGTERM or Ctrl-C finish the requests in flight).",
            "POST /v1/chat/completions (OpenAI-compatible, stream or not), POST /v1/answer (the result object of",
            "'batch'), GET /v1/models, GET /health, GET /metrics (Prometheus). Prints one line when listening."})
final class ServeCommand implements Callable<Integer> {
    private static final ServerConfig DEFAULTS = ServerConfig.defaults();

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = DEFAULTS.host();

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULTS.port();

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body; larger gets 413 (default: ${DEFAULT-VALUE}).")
    int maxBody = DEFAULTS.maxBodyBytes();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads answering prompts (default: all cores).")
    int threads = DEFAULTS.threads();

    @Option(names = "--queue", paramLabel = "N", description = "Requests that may wait for a worker; beyond, 503 (default: ${DEFAULT-VALUE}).")
    int queue = DEFAULTS.queue();

    @Option(names = "--timeout-ms", paramLabel = "MS", description = "Time limit per request, queue wait included; then 504 (default: ${DEFAULT-VALUE}).")
    long timeoutMs = DEFAULTS.timeoutMillis();

    @Option(names = "--api-key-file", paramLabel = "FILE", description = "File holding the API key; requests must send 'Authorization: Bearer KEY' (GET /health excepted).")
    Path apiKeyFile;

    @Option(names = "--cache", paramLabel = "N", description = "Answers kept for repeated prompts (0: none; default: ${DEFAULT-VALUE}).")
    int cache = DEFAULTS.cacheEntries();

    @Mixin
    EngineOptions engine;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SymqaServer server;
        try {
            String key = apiKeyFile == null ? null : Files.readString(apiKeyFile, StandardCharsets.UTF_8).strip();
            if (key != null && key.isEmpty()) {
                throw new CliException("--api-key-file " + apiKeyFile + ": file is empty");
            }
            ServerConfig config = new ServerConfig(host, port, maxBody, threads, queue, timeoutMs, key, cache);
            Symqa symqa = engine.build();
            server = new SymqaServer(symqa, config);
            server.start();
        } catch (CliException e) {
            err.println("symqa serve: " + e.getMessage());
            return 1;
        } catch (SourceException e) {
            err.println("symqa serve: rule file error: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("symqa serve: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("symqa serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        } finally {
            err.flush();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        SymqaServer s = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.stop(timeoutMs + 2000);
            stopped.countDown();
        }, "symqa-shutdown"));
        out.printf("symqa serve: listening on http://%s:%d (threads %d, queue %d, timeout %d ms, max body %d bytes, "
                + "cache %d, api key %s)%n", host.contains(":") ? "[" + host + "]" : host, server.port(), threads, queue,
                timeoutMs, maxBody, cache, apiKeyFile == null ? "off" : "on");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
