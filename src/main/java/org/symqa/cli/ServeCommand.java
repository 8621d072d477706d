package org.symqa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.symqa.Symqa;
import org.symqa.resources.SourceException;
import org.symqa.server.Access;
import org.symqa.server.ServerConfig;
import org.symqa.server.SymqaServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code symqa serve}: answers prompts over HTTP (OpenAI-compatible chat completions and a native JSON API). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves answers over HTTP until SIGTERM or Ctrl-C (requests in flight finish).",
            "POST /v1/chat/completions, /v1/completions (OpenAI-compatible, stream or not),",
            "POST /v1/answer (the result object of 'batch'), GET /v1/models[/symqa],",
            "GET /health, GET /metrics (Prometheus).",
            "Prints a line when listening, then a line per request on stderr (--quiet: none)."})
final class ServeCommand implements Callable<Integer> {
    private static final ServerConfig.Limits DEFAULTS = ServerConfig.Limits.defaults();

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = ServerConfig.defaults().host();

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerConfig.defaults().port();

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body; larger gets 413 (default: ${DEFAULT-VALUE}).")
    int maxBody = DEFAULTS.maxBodyBytes();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads answering prompts (default: all cores).")
    int threads = DEFAULTS.threads();

    @Option(names = "--queue", paramLabel = "N", description = "Requests that may wait for a worker; beyond, 503 (default: ${DEFAULT-VALUE}).")
    int queue = DEFAULTS.queue();

    @Option(names = "--timeout-ms", paramLabel = "MS", description = "Time limit per answer, queue wait included; then 504 (default: ${DEFAULT-VALUE}).")
    long timeoutMs = DEFAULTS.timeoutMillis();

    @Option(names = "--read-timeout-ms", paramLabel = "MS", description = "Time a client has to send a whole request, headers and body; then 408 (default: ${DEFAULT-VALUE}).")
    long readTimeoutMs = DEFAULTS.readTimeoutMillis();

    @Option(names = "--max-connections", paramLabel = "N", description = "Open connections at most; beyond, 503 (default: ${DEFAULT-VALUE}).")
    int maxConnections = DEFAULTS.maxConnections();

    @Option(names = "--max-connections-per-client", paramLabel = "N", description = "Open connections from one address at most; beyond, 503 (default: ${DEFAULT-VALUE}).")
    int maxPerClient = DEFAULTS.maxConnectionsPerClient();

    @Option(names = "--api-key-file", paramLabel = "FILE", description = "File holding the API key (UTF-8); requests must send 'Authorization: Bearer KEY' (GET /health excepted).")
    Path apiKeyFile;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",", description = "Host name requests may name besides IP addresses, localhost and --host (a guard against DNS rebinding); * allows any. Repeatable.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",", description = "Browser origin (scheme://host[:port]) allowed to call the server through CORS; * allows any. Repeatable. Default: none (CORS off, browser requests refused).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--cache", paramLabel = "N", description = "Answers kept for repeated prompts (0: none; default: ${DEFAULT-VALUE}).")
    int cache = DEFAULTS.cacheEntries();

    @Option(names = {"-q", "--quiet"}, description = "No access log line per request.")
    boolean quiet;

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
            ServerConfig config = new ServerConfig(host, port, new ServerConfig.Limits(maxBody, threads, queue,
                    timeoutMs, readTimeoutMs, maxConnections, maxPerClient, cache),
                    new Access(readKey(), allowHosts, corsOrigins));
            Symqa symqa = engine.build();
            try {
                server = new SymqaServer(symqa, config, quiet ? null : err);
            } catch (IOException e) {
                throw new CliException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
            }
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
                + "cache %d, api key %s, cors %s)%n", host.contains(":") ? "[" + host + "]" : host, server.port(),
                threads, queue, timeoutMs, maxBody, cache, apiKeyFile == null ? "off" : "on",
                corsOrigins.isEmpty() ? "off" : String.join(" ", corsOrigins));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The key of {@code --api-key-file} (UTF-8, surrounding white space dropped), or null; a bad file is named. */
    private String readKey() throws CliException {
        if (apiKeyFile == null) {
            return null;
        }
        String where = "--api-key-file " + apiKeyFile + ": ";
        String key;
        try {
            key = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(apiKeyFile))).toString();
        } catch (NoSuchFileException e) {
            throw new CliException(where + "no such file");
        } catch (AccessDeniedException e) {
            throw new CliException(where + "permission denied");
        } catch (CharacterCodingException e) {
            throw new CliException(where + "not UTF-8 text");
        } catch (IOException e) {
            throw new CliException(where + (Files.isDirectory(apiKeyFile) ? "is a folder, not a file" : e.getMessage()));
        }
        key = (key.startsWith("\uFEFF") ? key.substring(1) : key).strip();
        if (key.isEmpty()) {
            throw new CliException(where + "file is empty");
        }
        return key;
    }
}
