package org.symqa.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP/1.1 front: one selector thread accepts connections, reads requests without blocking, and writes replies.
 * A client costs no thread while it sends slowly or idles, and gets a deadline to send its whole request; only a
 * request read in full reaches the {@link Handler}. Malformed messages, late requests and connections over the
 * limits get an OpenAI-style JSON error and are closed ({@link Exchanges} runs each connection).
 */
final class HttpFront {
    /** Answers a request read in full (the future may complete on another thread). */
    @FunctionalInterface
    interface Handler {
        CompletableFuture<Reply> handle(HttpRequest request);
    }

    /** Hears of every reply written, or lost with its connection ({@code client_closed}). */
    @FunctionalInterface
    interface Listener {
        void done(InetAddress client, String request, int status, String errorCode, long nanos);
    }

    private static final long TICK_MILLIS = 100;

    private final ConnectionLimits limits;
    private final Exchanges exchanges;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final int port;
    private final int maxBody;
    private volatile boolean running = true;
    private volatile boolean draining;
    private long acceptPausedUntil;
    private boolean acceptPaused;

    HttpFront(ServerConfig config, Handler handler, Listener listener) throws IOException {
        this.limits = new ConnectionLimits(config.limits());
        this.maxBody = config.limits().maxBodyBytes();
        this.exchanges = new Exchanges(config.limits(), handler, listener, limits, this::run, () -> draining);
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        try {
            server.bind(new InetSocketAddress(config.host(), config.port()), 512);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException | RuntimeException e) {
            server.close();
            selector.close();
            throw e;
        }
        this.port = server.socket().getLocalPort();
        this.thread = new Thread(this::loop, "symqa-http");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    int port() {
        return port;
    }

    /** Requests read in full and not yet answered in full. */
    int inFlight() {
        return exchanges.inFlight();
    }

    /** Open connections. */
    int open() {
        return limits.open();
    }

    /** Stops accepting; replies from now on close their connection. */
    void drain() {
        draining = true;
        run(() -> Exchanges.closeQuietly(server));
    }

    /** Closes every connection and ends the selector thread. */
    void close(long waitMillis) {
        running = false;
        selector.wakeup();
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a task on the selector thread. */
    private void run(Runnable task) {
        tasks.add(task);
        selector.wakeup();
    }

    private void loop() {
        long lastSweep = System.nanoTime();
        while (running) {
            try {
                selector.select(TICK_MILLIS);
                for (Runnable t; (t = tasks.poll()) != null; ) {
                    t.run();
                }
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey k = it.next();
                    it.remove();
                    if (!k.isValid()) {
                        continue;
                    }
                    if (k.isAcceptable()) {
                        accept();
                    } else {
                        exchanges.ready((HttpConnection) k.attachment(), k);
                    }
                }
                long now = System.nanoTime();
                if (now - lastSweep >= TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)) {
                    lastSweep = now;
                    resumeAccepting(now);
                    exchanges.sweep(now);
                }
            } catch (Exception | OutOfMemoryError e) {
                // a failure of one step must not stop the server: the next select goes on
            }
        }
        exchanges.closeAll();
        Exchanges.closeQuietly(server);
        Exchanges.closeQuietly(selector);
    }

    private void accept() {
        SocketChannel ch;
        while ((ch = acceptOne()) != null) {
            try {
                admit(ch);
            } catch (IOException e) {
                Exchanges.closeQuietly(ch);
            }
        }
    }

    /** The next pending connection, or null; when accepting fails (out of file descriptors), accepting pauses. */
    private SocketChannel acceptOne() {
        try {
            return server.accept();
        } catch (IOException e) {
            acceptPaused = true;
            acceptPausedUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
            server.keyFor(selector).interestOps(0);
            return null;
        }
    }

    private void resumeAccepting(long now) {
        if (acceptPaused && now - acceptPausedUntil >= 0 && server.isOpen()) {
            acceptPaused = false;
            server.keyFor(selector).interestOps(SelectionKey.OP_ACCEPT);
        }
    }

    /** Takes a new connection, or answers it 503 and closes it when it is over the limits. */
    private void admit(SocketChannel ch) throws IOException {
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        InetAddress client = ((InetSocketAddress) ch.getRemoteAddress()).getAddress();
        String refusal = draining ? "server is shutting down" : limits.admit(client);
        if (refusal != null && !limits.startRefusal()) {
            ch.close(); // too many being refused already: no reply
            return;
        }
        SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
        HttpConnection c = new HttpConnection(ch, key, client, refusal == null, maxBody);
        key.attach(c);
        exchanges.add(c);
        if (refusal != null) {
            c.requestStart = System.nanoTime();
            exchanges.refuse(c, ApiError.tooManyConnections(refusal));
        }
    }
}
