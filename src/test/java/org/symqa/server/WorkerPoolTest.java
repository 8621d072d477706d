package org.symqa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker pool: 503 when full, 504 on time, timed-out work leaves the queue or is interrupted or written off. */
class WorkerPoolTest {
    private WorkerPool pool;
    private final AtomicBoolean release = new AtomicBoolean();

    @AfterEach
    void shutdown() throws InterruptedException {
        release.set(true);
        pool.shutdown(1000);
    }

    private static ApiError failure(CompletableFuture<?> f) throws InterruptedException {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        return assertInstanceOf(ApiError.class, e.getCause());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    /** A task that ignores interrupts until the test releases it. */
    private String stubborn(CountDownLatch started, AtomicBoolean sawInterrupt) {
        started.countDown();
        while (!release.get()) {
            if (Thread.interrupted()) {
                sawInterrupt.set(true);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return "late";
    }

    @Test
    void fullPoolAndQueueIs503AtOnce() throws Exception {
        pool = new WorkerPool(1, 0, 10_000);
        CountDownLatch started = new CountDownLatch(1);
        pool.submit(() -> stubborn(started, new AtomicBoolean()));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        ApiError e = failure(pool.submit(() -> "never"));
        assertEquals(503, e.status());
    }

    @Test
    void aQueuedTaskThatTimesOutLeavesTheQueueAndNeverRuns() throws Exception {
        pool = new WorkerPool(1, 1, 200);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<String> first = pool.submit(() -> stubborn(started, new AtomicBoolean()));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        CompletableFuture<String> queued = pool.submit(() -> {
            ran.set(true);
            return "queued";
        });
        assertEquals(1, pool.queued());
        assertEquals(503, failure(pool.submit(() -> "no place")).status(), "one worker, one queue place: full");
        assertEquals(504, failure(queued).status());
        assertEquals(0, pool.queued(), "the timed-out task left the queue");
        assertEquals(504, failure(first).status());
        release.set(true);
        assertEquals("next", pool.submit(() -> "next").get(5, TimeUnit.SECONDS), "places were given back");
        assertFalse(ran.get(), "a task that timed out in the queue is never run");
    }

    @Test
    void theInterruptReachesTheTimedOutTaskAndNotTheNextOne() throws Exception {
        pool = new WorkerPool(1, 1, 200);
        AtomicBoolean stopped = new AtomicBoolean();
        CompletableFuture<String> slow = pool.submit(() -> {
            try {
                PipelineAnswerer.stopIfInterrupted();
                Thread.sleep(10_000);
                return "slept";
            } catch (InterruptedException e) {
                stopped.set(true);
                Thread.currentThread().interrupt();
                PipelineAnswerer.stopIfInterrupted();
                return "not reached";
            }
        });
        assertEquals(504, failure(slow).status());
        await(stopped::get, "the running task was interrupted");
        assertEquals(Boolean.FALSE, pool.submit(() -> Thread.currentThread().isInterrupted()).get(5, TimeUnit.SECONDS));
        assertEquals(0, pool.abandoned(), "a worker that stopped is not written off");
    }

    @Test
    void aWorkerThatIgnoresItsInterruptIsWrittenOffAndAFreshOneAnswers() throws Exception {
        pool = new WorkerPool(1, 2, 300);
        CountDownLatch started = new CountDownLatch(2);
        AtomicBoolean saw = new AtomicBoolean();
        CompletableFuture<String> runaway = pool.submit(() -> stubborn(started, saw));
        assertEquals(504, failure(runaway).status());
        await(() -> pool.abandoned() == 1, "the stuck worker is written off");
        assertTrue(saw.get(), "it was interrupted first");
        assertEquals("fresh", pool.submit(() -> "fresh").get(5, TimeUnit.SECONDS));
        CompletableFuture<String> second = pool.submit(() -> stubborn(started, new AtomicBoolean()));
        assertEquals(504, failure(second).status());
        Thread.sleep(WorkerPool.GRACE_MILLIS + 300);
        assertEquals(1, pool.abandoned(), "no more written off than there are threads");
        release.set(true);
        await(() -> pool.abandoned() == 0, "a written-off worker that ends is counted back");
        assertEquals("after", pool.submit(() -> "after").get(5, TimeUnit.SECONDS));
    }
}
