package org.symqa.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that answers prompts: a fixed number of workers and a bounded queue. A task that finds both full
 * is refused at once (503): {@code threads + queue} places are handed out, each held until its task ends. A task not done within the time limit (counted from the moment it is queued) gets 504:
 * it leaves the queue, or, when running, its worker is interrupted. A worker that does not stop within
 * {@value #GRACE_MILLIS} ms of that is written off: a fresh worker takes its place (at most {@code threads} such),
 * and the lost one ends when its task does, so that a runaway prompt cannot hold the pool.
 */
final class WorkerPool {
    static final long GRACE_MILLIS = 500;

    private final ThreadPoolExecutor executor;
    private final ScheduledThreadPoolExecutor timer;
    private final long timeoutMillis;
    private final int threads;
    private final int queueSize;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final Semaphore places;

    WorkerPool(int threads, int queue, long timeoutMillis) {
        this.places = new Semaphore(threads + queue);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "symqa-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.executor.prestartAllCoreThreads();
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "symqa-timer");
            t.setDaemon(true);
            return t;
        });
        this.timer.setRemoveOnCancelPolicy(true);
        this.timeoutMillis = timeoutMillis;
        this.threads = threads;
        this.queueSize = queue;
    }

    /**
     * Queues a task; the future completes with its value, its exception, or an {@link ApiError} (503 when the pool
     * and queue are full, 504 when time runs out).
     */
    <T> CompletableFuture<T> submit(Callable<T> task) {
        Job<T> job = new Job<>(task);
        if (!places.tryAcquire()) {
            job.result.completeExceptionally(ApiError.overloaded("all " + threads + " workers are busy and the queue of "
                    + queueSize + " is full; retry later"));
            return job.result;
        }
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            job.release();
            job.result.completeExceptionally(ApiError.overloaded("server is shutting down"));
            return job.result;
        }
        job.timeout = timer.schedule(() -> expire(job), timeoutMillis, TimeUnit.MILLISECONDS);
        return job.result;
    }

    /** Time is up: 504, out of the queue, and an interrupt for the worker running it. */
    private void expire(Job<?> job) {
        if (executor.remove(job)) { // still queued: it never runs, and its place is free before the 504 goes out
            job.release();
            job.result.completeExceptionally(ApiError.timeout(timeoutMillis));
            return;
        }
        if (job.result.completeExceptionally(ApiError.timeout(timeoutMillis)) && job.interrupt()) {
            timer.schedule(() -> writeOff(job), GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** A worker that did not stop when interrupted: let a fresh one take its place, while there are fewer than threads. */
    private void writeOff(Job<?> job) {
        synchronized (job) {
            if (job.runner == null || job.writtenOff || abandoned.get() >= threads) {
                return;
            }
            job.writtenOff = true;
        }
        resize(abandoned.incrementAndGet());
        job.release();
    }

    private synchronized void resize(int lost) {
        int size = threads + lost;
        if (size > executor.getMaximumPoolSize()) {
            executor.setMaximumPoolSize(size);
            executor.setCorePoolSize(size);
        } else {
            executor.setCorePoolSize(size);
            executor.setMaximumPoolSize(size);
        }
    }

    /** Tasks waiting for a worker. */
    int queued() {
        return executor.getQueue().size();
    }

    /** Workers busy now (written-off ones included). */
    int active() {
        return executor.getActiveCount();
    }

    /** Workers written off: still running a task that timed out and did not stop when interrupted. */
    int abandoned() {
        return abandoned.get();
    }

    /** Stops the workers (running tasks are interrupted), waiting at most the given time. */
    void shutdown(long waitMillis) throws InterruptedException {
        timer.shutdownNow();
        executor.shutdownNow();
        executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
    }

    /** One task and its future; knows the thread running it, so that only this task is ever interrupted. */
    private final class Job<T> implements Runnable {
        final Callable<T> task;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile ScheduledFuture<?> timeout;
        Thread runner;
        boolean writtenOff;
        private boolean released;

        Job(Callable<T> task) {
            this.task = task;
        }

        @Override
        public void run() {
            synchronized (this) {
                if (result.isDone()) {
                    return;
                }
                runner = Thread.currentThread();
            }
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            } finally {
                boolean lost;
                synchronized (this) {
                    runner = null;
                    lost = writtenOff;
                }
                Thread.interrupted(); // an interrupt meant for this task must not reach the next one
                ScheduledFuture<?> t = timeout;
                if (t != null) {
                    t.cancel(false);
                }
                if (lost) {
                    resize(abandoned.decrementAndGet());
                }
                release();
            }
        }

        /** Gives the task's place back, once. */
        void release() {
            synchronized (this) {
                if (released) {
                    return;
                }
                released = true;
            }
            places.release();
        }

        /** Interrupts the worker running this task; true when one was running it. */
        synchronized boolean interrupt() {
            if (runner == null) {
                return false;
            }
            runner.interrupt();
            return true;
        }
    }
}
