package org.symqa.server;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * One line per request ({@code 2026-01-31T12:00:00.123Z 127.0.0.1 POST /v1/chat/completions 200 12.3 ms}) written
 * by a thread of its own, so that a slow or blocked terminal never holds the server: when
 * {@value #CAPACITY} lines wait, further lines are dropped and counted.
 */
final class AccessLog {
    static final int CAPACITY = 8192;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final PrintWriter out;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
    private final LongAdder dropped = new LongAdder();
    private final Thread thread;
    private volatile boolean open = true;

    AccessLog(PrintWriter out) {
        this.out = out;
        this.thread = new Thread(this::drain, "symqa-access-log");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Logs one request: its client, method and path ({@code "- -"} when no request line was read), status, time. */
    void log(InetAddress client, String request, int status, long nanos) {
        String line = TIME.format(Instant.now()) + " " + client.getHostAddress() + " " + request
                + " " + status + " " + String.format(Locale.ROOT, "%.1f", nanos / 1e6) + " ms";
        if (!lines.offer(line)) {
            dropped.increment();
        }
    }

    /** Lines dropped because the writer fell behind. */
    long dropped() {
        return dropped.sum();
    }

    /** Writes the lines still waiting and stops the writer thread. */
    void close() {
        open = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        List<String> batch = new ArrayList<>();
        while (open || !lines.isEmpty()) {
            try {
                String first = lines.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                lines.drainTo(batch, 255);
                batch.forEach(out::println);
                out.flush();
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
