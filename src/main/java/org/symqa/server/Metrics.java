package org.symqa.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** Counters and a latency histogram of the server, rendered in the Prometheus text format (version 0.0.4). */
final class Metrics {
    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, LongSupplier> gauges = new TreeMap<>();

    /** Counts one finished request: its path label, status, error code (null when none) and duration. */
    void record(String path, int status, String errorCode, long nanos) {
        requests.computeIfAbsent(path + "\u0000" + status, k -> new LongAdder()).increment();
        if (errorCode != null) {
            errors.computeIfAbsent(errorCode, k -> new LongAdder()).increment();
        }
        latency.computeIfAbsent(path, k -> new Histogram()).observe(nanos / 1e9);
    }

    /** Adds a value read at rendering time (a gauge or a counter kept elsewhere). */
    synchronized void gauge(String nameAndType, LongSupplier value) {
        gauges.put(nameAndType, value);
    }

    /** All metrics as Prometheus text. */
    synchronized String render() {
        StringBuilder b = new StringBuilder(2048);
        b.append("# HELP symqa_http_requests_total HTTP requests answered, by path and status.\n");
        b.append("# TYPE symqa_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> {
            String[] ps = k.split("\u0000");
            b.append("symqa_http_requests_total{path=\"").append(ps[0]).append("\",status=\"").append(ps[1])
                    .append("\"} ").append(v.sum()).append('\n');
        });
        b.append("# HELP symqa_http_errors_total Error replies, by kind (the error code of the reply).\n");
        b.append("# TYPE symqa_http_errors_total counter\n");
        new TreeMap<>(errors).forEach((k, v) ->
                b.append("symqa_http_errors_total{kind=\"").append(k).append("\"} ").append(v.sum()).append('\n'));
        b.append("# HELP symqa_http_request_duration_seconds Time from reading a request to the end of its reply.\n");
        b.append("# TYPE symqa_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((path, h) -> h.render(b, path));
        gauges.forEach((key, value) -> {
            String[] nt = key.split(" ", 3);
            b.append("# HELP ").append(nt[0]).append(' ').append(nt[2]).append('\n');
            b.append("# TYPE ").append(nt[0]).append(' ').append(nt[1]).append('\n');
            b.append(nt[0]).append(' ').append(value.getAsLong()).append('\n');
        });
        return b.toString();
    }

    /** A histogram of durations in seconds. */
    private static final class Histogram {
        private final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
        private final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            int i = 0;
            while (i < BUCKETS.length && seconds > BUCKETS[i]) {
                i++;
            }
            counts[i].increment();
            sum.add(seconds);
        }

        void render(StringBuilder b, String path) {
            long cumulative = 0;
            String name = "symqa_http_request_duration_seconds";
            for (int i = 0; i < counts.length; i++) {
                cumulative += counts[i].sum();
                String le = i < BUCKETS.length ? trim(BUCKETS[i]) : "+Inf";
                b.append(name).append("_bucket{path=\"").append(path).append("\",le=\"").append(le).append("\"} ")
                        .append(cumulative).append('\n');
            }
            b.append(name).append("_sum{path=\"").append(path).append("\"} ")
                    .append(String.format(Locale.ROOT, "%.6f", sum.sum())).append('\n');
            b.append(name).append("_count{path=\"").append(path).append("\"} ").append(cumulative).append('\n');
        }

        private static String trim(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) + ".0" : Double.toString(d);
        }
    }
}
