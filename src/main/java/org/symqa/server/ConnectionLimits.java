package org.symqa.server;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts open connections, in all and per client address, and the bytes held for request bodies being read, so
 * that no client (and no crowd of slow ones) can take more than its share. Used by the front's selector thread only.
 */
final class ConnectionLimits {
    private final int maxConnections;
    private final int maxPerClient;
    private final long maxBuffered;
    private final Map<InetAddress, Integer> perClient = new HashMap<>();
    /** Connections being refused (answered 503, then closed) at most; beyond, new ones are closed at once. */
    private static final int MAX_REFUSING = 256;

    private volatile int open;
    private long buffered;
    private int refusing;

    ConnectionLimits(ServerConfig.Limits limits) {
        this.maxConnections = limits.maxConnections();
        this.maxPerClient = limits.maxConnectionsPerClient();
        this.maxBuffered = Math.max(64L << 20, 2L * limits.maxBodyBytes());
    }

    /** Why a new connection from this address is refused, or null when it is taken (and counted). */
    String admit(InetAddress client) {
        if (open >= maxConnections) {
            return "the server has " + open + " open connections, its limit; retry later";
        }
        int n = perClient.getOrDefault(client, 0);
        if (n >= maxPerClient) {
            return "your address has " + n + " open connections, the limit per client; close some and retry";
        }
        perClient.put(client, n + 1);
        open++;
        return null;
    }

    /** A connection is to be answered 503 and closed; false when too many are being refused already. */
    boolean startRefusal() {
        if (refusing >= MAX_REFUSING) {
            return false;
        }
        refusing++;
        return true;
    }

    /** A refused connection closed. */
    void endRefusal() {
        refusing--;
    }

    /** A counted connection closed. */
    void release(InetAddress client) {
        perClient.computeIfPresent(client, (k, n) -> n > 1 ? n - 1 : null);
        open--;
    }

    /** Takes {@code delta} more (or, negative, fewer) body bytes held; false when the budget would be exceeded. */
    boolean buffer(long delta) {
        if (delta > 0 && buffered + delta > maxBuffered) {
            return false;
        }
        buffered += delta;
        return true;
    }

    /** Open connections counted. */
    int open() {
        return open;
    }
}
