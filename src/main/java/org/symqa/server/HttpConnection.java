package org.symqa.server;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * One client connection as the front sees it: the request being read, the reply being written, and the deadline of
 * the current phase. Only the front's selector thread touches it.
 */
final class HttpConnection {
    /** What the connection is doing. */
    enum Phase {
        /** Waiting for or reading a request; the read deadline runs. */
        READING,
        /** A whole request is being answered; nothing is read meanwhile (no deadline: the worker pool has one). */
        ANSWERING,
        /** Writing a reply; the write deadline runs. */
        WRITING,
        /** The last reply is out; reading and dropping what the client still sends, briefly, before closing. */
        DRAINING,
        CLOSED
    }

    final SocketChannel channel;
    final SelectionKey key;
    final InetAddress client;
    /** True when this connection counts against the limits (refused connections do not). */
    final boolean counted;
    final RequestParser parser;
    private final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
    Phase phase = Phase.READING;
    long deadline;
    long requestStart;
    int buffered;
    /** Bytes of the next request(s) that arrived with the one being answered. */
    ByteBuffer leftover;
    /** The request being answered or whose reply is being written, or null (a refusal by the front). */
    HttpRequest request;
    /** What the reply being written says, for the log once it is out. */
    int status;
    String errorCode;
    String described;
    boolean closeAfterWrite;
    long drained;

    HttpConnection(SocketChannel channel, SelectionKey key, InetAddress client, boolean counted, int maxBody) {
        this.channel = channel;
        this.key = key;
        this.client = client;
        this.counted = counted;
        this.parser = new RequestParser(maxBody);
    }

    /** Queues bytes to write. */
    void queue(byte[] bytes) {
        out.add(ByteBuffer.wrap(bytes));
    }

    /** Writes what the socket takes now; true when everything queued is out. */
    boolean flush() throws IOException {
        while (!out.isEmpty()) {
            ByteBuffer b = out.peek();
            channel.write(b);
            if (b.hasRemaining()) {
                return false;
            }
            out.poll();
        }
        return true;
    }

    /** True while bytes wait to be written. */
    boolean writing() {
        return !out.isEmpty();
    }

    /** Sets what the selector should wake this connection for. */
    void interest(boolean read) {
        if (key.isValid()) {
            key.interestOps((read ? SelectionKey.OP_READ : 0) | (out.isEmpty() ? 0 : SelectionKey.OP_WRITE));
        }
    }
}
