package org.symqa.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Moves each connection of the front through its phases: reading a request (a malformed one gets its error), the
 * handler answering it, writing the reply, then the next request or a brief drain before closing. Deadlines end
 * what runs late. Used by the front's selector thread only (replies computed elsewhere come back through {@code post}).
 */
final class Exchanges {
    static final long IDLE_MILLIS = 30_000;
    private static final long DRAIN_MILLIS = 1_000;
    private static final long DRAIN_BYTES = 256 * 1024;

    private final ServerConfig.Limits config;
    private final HttpFront.Handler handler;
    private final HttpFront.Listener listener;
    private final ConnectionLimits limits;
    private final Consumer<Runnable> post;
    private final BooleanSupplier draining;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private final Set<HttpConnection> connections = new HashSet<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * @param post     runs a task on the selector thread (for replies that complete on another thread)
     * @param draining true once the server stops: replies then close their connection
     */
    Exchanges(ServerConfig.Limits config, HttpFront.Handler handler, HttpFront.Listener listener,
              ConnectionLimits limits, Consumer<Runnable> post, BooleanSupplier draining) {
        this.config = config;
        this.handler = handler;
        this.listener = listener;
        this.limits = limits;
        this.post = post;
        this.draining = draining;
    }

    /** A new connection, waiting for its first request. */
    void add(HttpConnection c) {
        connections.add(c);
        c.deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.readTimeoutMillis());
    }

    /** Requests read in full and not yet answered in full. */
    int inFlight() {
        return inFlight.get();
    }

    void ready(HttpConnection c, SelectionKey k) {
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
        if (c.phase != HttpConnection.Phase.READING && c.phase != HttpConnection.Phase.DRAINING) {
            return; // a pipelined request waits in the socket until this reply is out
        }
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
        feed(c, readBuffer);
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
            f.whenComplete((reply, err) -> post.accept(() -> answered(c,
                    reply == null ? Reply.error(ApiError.internal()) : reply)));
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
        boolean keep = r.keepAlive() && !draining.getAsBoolean()
                && !"close".equalsIgnoreCase(reply.headers().get("Connection"));
        c.queue(Http.bytes(reply, r.isHead(), keep, r.minor(), IDLE_MILLIS / 1000));
        startWriting(c, reply, r.method() + " " + r.path(), !keep);
    }

    /** Answers the connection with an error of the front itself and closes it after. */
    void refuse(HttpConnection c, ApiError e) throws IOException {
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

    void close(HttpConnection c) {
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
            limits.endRefusal();
        }
        if (!answering) {
            c.request = null;
        }
    }

    /** Ends what has run out of time: late requests get 408, stalled writes and drains are closed. */
    void sweep(long now) throws IOException {
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

    /** Closes every connection. */
    void closeAll() {
        new ArrayList<>(connections).forEach(this::close);
    }

    static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing: nothing left to do
        }
    }
}
