package org.symqa.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP/1.1 front: one selector thread accepts connections, reads requests without blocking, and writes replies.
 * A client costs no thread while it sends slowly or idles, and gets a deadline to send its whole request; only a
 * request read in full reaches the {@link Handler}. Malformed messages, late requests and connections over the
 * limits get an OpenAI-style JSON error and are closed.
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

    static final long IDLE_MILLIS = 30_000;
    private static final long DRAIN_MILLIS = 1_000;
    private static final long DRAIN_BYTES = 256 * 1024;
    private static final long TICK_MILLIS = 100;
    /** Connections being refused (answered 503, then closed) at most; beyond, new ones are closed at once. */
    private static final int MAX_REFUSING = 256;

    private final ServerConfig.Limits config;
    private final Handler handler;
    private final Listener listener;
    private final ConnectionLimits limits;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final Thread thread;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private final Set<HttpConnection> connections = new HashSet<>();
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int port;
    private volatile boolean running = true;
    private volatile boolean draining;
    private long acceptPausedUntil;
    private int refusing;
    private boolean acceptPaused;

    HttpFront(ServerConfig config, Handler handler, Listener listener) throws IOException {
        this.config = config.limits();
        this.handler = handler;
        this.listener = listener;
        this.limits = new ConnectionLimits(config.limits());
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

    /** Requests read and not yet answered in full. */
    int inFlight() {
        return inFlight.get();
    }

    /** Open connections. */
    int open() {
        return limits.open();
    }

    /** Stops accepting; replies from now on close their connection. */
    void drain() {
        draining = true;
        run(() -> closeQuietly(server));
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
                        ready((HttpConnection) k.attachment(), k);
                    }
                }
                long now = System.nanoTime();
                if (now - lastSweep >= TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)) {
                    lastSweep = now;
                    sweep(now);
                }
            } catch (Exception | OutOfMemoryError e) {
                // a failure of one step must not stop the server: the next select goes on
            }
        }
        new ArrayList<>(connections).forEach(this::close);
        closeQuietly(server);
        closeQuietly(selector);
    }

    private void accept() {
        SocketChannel ch;
        while ((ch = acceptOne()) != null) {
            try {
                admit(ch);
            } catch (IOException e) {
                closeQuietly(ch);
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

    /** Takes a new connection, or answers it 503 and closes it when it is over the limits. */
    private void admit(SocketChannel ch) throws IOException {
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
        InetAddress client = ((InetSocketAddress) ch.getRemoteAddress()).getAddress();
        if (refusing >= MAX_REFUSING) {
            ch.close();
            return;
        }
        SelectionKey key = ch.register(selector, SelectionKey.OP_READ);
        String refusal = draining ? "server is shutting down" : limits.admit(client);
        HttpConnection c = new HttpConnection(ch, key, client, refusal == null, config.maxBodyBytes());
        key.attach(c);
        connections.add(c);
        c.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.readTimeoutMillis());
        if (refusal != null) {
            refusing++;
            c.requestStart = System.nanoTime();
            refuse(c, ApiError.tooManyConnections(refusal));
        }
    }

    private void ready(HttpConnection c, SelectionKey k) {
        try {
            if (k.isWritable()) {
                write(c);
            }
            if (k.isValid() && k.isReadable() && c.phase != HttpConnection.Phase.CLOSED) {
                read(c);
            }
        } catch (IOException | RuntimeException e) {
            close(c);
        }
    }

    private void read(HttpConnection c) throws IOException {
        readBuffer.clear();
        int n = c.channel.read(readBuffer);
        if (n < 0) {
            close(c);
            return;
        }
        readBuffer.flip();
        if (c.phase == HttpConnection.Phase.DRAINING) {
            c.drained += n;
            if (c.drained > DRAIN_BYTES) {
                close(c);
            }
            return;
        }
        if (c.phase == HttpConnection.Phase.READING) {
            feed(c, readBuffer);
        }
    }

    /** Hands bytes to the request parser; a whole request goes to the handler, a malformed one gets its error. */
    private void feed(HttpConnection c, ByteBuffer data) throws IOException {
        long now = System.nanoTime();
        if (!c.parser.started() && data.hasRemaining()) {
            c.requestStart = now;
            c.deadline = Math.min(c.deadline, now + TimeUnit.MILLISECONDS.toNanos(config.readTimeoutMillis()));
        }
        boolean done;
        try {
            done = c.parser.feed(data);
            int delta = c.parser.buffered() - c.buffered;
            if (!limits.buffer(delta)) {
                throw ApiError.tooManyConnections("the server holds too many request bodies being sent; retry later");
            }
            c.buffered += delta;
        } catch (ApiError e) {
            refuse(c, e);
            return;
        }
        if (c.parser.takeContinue()) {
            c.queue(Http.CONTINUE);
            write(c);
        }
        if (!done) {
            return;
        }
        if (data.hasRemaining()) {
            c.leftover = ByteBuffer.allocate(data.remaining()).put(data).flip();
        }
        HttpRequest request = c.parser.take(c.client, c.requestStart);
        limits.buffer(-c.buffered);
        c.buffered = 0;
        dispatch(c, request);
    }

    private void dispatch(HttpConnection c, HttpRequest request) {
        c.phase = HttpConnection.Phase.ANSWERING;
        c.deadline = Long.MAX_VALUE;
        c.request = request;
        c.interest(false);
        inFlight.incrementAndGet();
        CompletableFuture<Reply> f;
        try {
            f = handler.handle(request);
        } catch (RuntimeException | Error e) {
            f = CompletableFuture.completedFuture(Reply.error(ApiError.internal()));
        }
        if (f.isDone()) {
            answered(c, f.getNow(null));
        } else {
            f.whenComplete((reply, err) -> run(() -> answered(c, reply == null ? Reply.error(ApiError.internal()) : reply)));
        }
    }

    /** A reply is ready for the request being answered: write it (or count it lost if the client has gone). */
    private void answered(HttpConnection c, Reply reply) {
        HttpRequest r = c.request;
        if (c.phase == HttpConnection.Phase.CLOSED) {
            inFlight.decrementAndGet();
            listener.done(c.client, r.method() + " " + r.path(), reply.status(), "client_closed",
                    System.nanoTime() - r.startNanos());
            return;
        }
        boolean keep = r.keepAlive() && !draining && !"close".equalsIgnoreCase(reply.headers().get("Connection"));
        c.queue(Http.bytes(reply, r.isHead(), keep, r.minor(), IDLE_MILLIS / 1000));
        startWriting(c, reply, r.method() + " " + r.path(), !keep);
    }

    /** Answers the connection with an error of the front itself and closes it after. */
    private void refuse(HttpConnection c, ApiError e) throws IOException {
        Reply reply = Reply.error(e);
        c.queue(Http.bytes(reply, false, false, 1, 0));
        c.leftover = null;
        startWriting(c, reply, c.parser.describe(), true);
    }

    private void startWriting(HttpConnection c, Reply reply, String described, boolean close) {
        c.phase = HttpConnection.Phase.WRITING;
        c.status = reply.status();
        c.errorCode = reply.errorCode();
        c.described = described;
        c.closeAfterWrite = close;
        c.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.readTimeoutMillis());
        try {
            write(c);
        } catch (IOException e) {
            close(c);
        }
    }

    private void write(HttpConnection c) throws IOException {
        if (!c.flush()) {
            c.interest(c.phase == HttpConnection.Phase.READING);
            return;
        }
        if (c.phase != HttpConnection.Phase.WRITING) {
            c.interest(c.phase == HttpConnection.Phase.READING || c.phase == HttpConnection.Phase.DRAINING);
            return;
        }
        written(c);
        long now = System.nanoTime();
        if (c.closeAfterWrite) {
            c.phase = HttpConnection.Phase.DRAINING;
            c.deadline = now + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
            c.channel.shutdownOutput();
            c.interest(true);
            return;
        }
        c.phase = HttpConnection.Phase.READING;
        c.deadline = now + TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS);
        c.interest(true);
        ByteBuffer rest = c.leftover;
        c.leftover = null;
        if (rest != null) {
            feed(c, rest);
        }
    }

    /** The reply is out: count it. */
    private void written(HttpConnection c) {
        if (c.request != null) {
            inFlight.decrementAndGet();
        }
        listener.done(c.client, c.described, c.status, c.errorCode, System.nanoTime() - c.requestStart);
        c.request = null;
        c.described = null;
    }

    /** Ends what has run out of time: late requests get 408, stalled writes and drains are closed. */
    private void sweep(long now) throws IOException {
        if (acceptPaused && now - acceptPausedUntil >= 0 && server.isOpen()) {
            acceptPaused = false;
            server.keyFor(selector).interestOps(SelectionKey.OP_ACCEPT);
        }
        for (HttpConnection c : new ArrayList<>(connections)) {
            if (now - c.deadline < 0) {
                continue;
            }
            if (c.phase == HttpConnection.Phase.READING && c.parser.started()) {
                refuse(c, ApiError.requestTimeout(config.readTimeoutMillis()));
            } else {
                close(c);
            }
        }
    }

    private void close(HttpConnection c) {
        if (c.phase == HttpConnection.Phase.CLOSED) {
            return;
        }
        boolean answering = c.phase == HttpConnection.Phase.ANSWERING;
        if (c.phase == HttpConnection.Phase.WRITING && c.described != null) {
            if (c.request != null) {
                inFlight.decrementAndGet();
                c.request = null;
            }
            listener.done(c.client, c.described, c.status, "client_closed", System.nanoTime() - c.requestStart);
        }
        c.phase = HttpConnection.Phase.CLOSED;
        c.key.cancel();
        closeQuietly(c.channel);
        connections.remove(c);
        limits.buffer(-c.buffered);
        c.buffered = 0;
        if (c.counted) {
            limits.release(c.client);
        } else {
            refusing--;
        }
        if (!answering) {
            c.request = null;
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing: nothing left to do
        }
    }
}
