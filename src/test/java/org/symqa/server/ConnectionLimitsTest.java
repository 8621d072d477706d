package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Connection counts in all and per address, and the budget of body bytes held, at their boundaries. */
class ConnectionLimitsTest {
    private static ConnectionLimits limits(int total, int perClient, int maxBody) {
        return new ConnectionLimits(new ServerConfig.Limits(maxBody, 1, 0, 1000, 1000, total, perClient, 0));
    }

    @Test
    void perClientAndTotalCountsAtTheirLimits() throws Exception {
        ConnectionLimits l = limits(3, 2, 10);
        InetAddress a = InetAddress.getByName("127.0.0.1");
        InetAddress b = InetAddress.getByName("127.0.0.2");
        assertNull(l.admit(a));
        assertNull(l.admit(a));
        assertNotNull(l.admit(a), "a third from one address");
        assertNull(l.admit(b));
        assertEquals(3, l.open());
        assertTrue(l.admit(b).contains("open connections"), "a fourth in all");
        l.release(a);
        assertNull(l.admit(a), "a released place is taken again");
        l.release(b);
        assertNull(l.admit(b));
    }

    @Test
    void theBodyBudgetIsTheLargerOf64MibAndTwoBodies() {
        ConnectionLimits small = limits(10, 10, 1000);
        assertTrue(small.buffer(64L << 20));
        assertFalse(small.buffer(1));
        assertTrue(small.buffer(-1));
        assertTrue(small.buffer(1));
        ConnectionLimits big = limits(10, 10, 64 << 20);
        assertTrue(big.buffer(128L << 20));
        assertFalse(big.buffer(1));
    }

    @Test
    void refusalsAreCapped() {
        ConnectionLimits l = limits(1, 1, 10);
        for (int i = 0; i < 256; i++) {
            assertTrue(l.startRefusal());
        }
        assertFalse(l.startRefusal());
        l.endRefusal();
        assertTrue(l.startRefusal());
    }
}
