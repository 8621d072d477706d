package org.symqa.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool that answers prompts: a fixed number of workers and a bounded queue. A task that finds both full
 * is refused at once (503), and a task not done within the time limit is abandoned (504).
 */
final class WorkerPool {
    private final ThreadPoolExecutor executor;
    private final long timeoutMillis;
    private final int queueSize;

    WorkerPool(int threads, int queue, long timeoutMillis) {
        BlockingQueue<Runnable> q = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, q, r -> {
            Thread t = new Thread(r, "symqa-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.executor.prestartAllCoreThreads();
        this.timeoutMillis = timeoutMillis;
        this.queueSize = queue;
    }

    /**
     * Runs a task on a worker and waits for it. The time limit counts from the moment the task is queued. An
     * {@link ApiError} thrown by the task reaches the caller as it is; any other failure is rethrown unchanged.
     */
    <T> T run(Callable<T> task) throws ApiError, Exception {
        Future<T> f;
        try {
            f = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw ApiError.overloaded("all " + executor.getMaximumPoolSize() + " workers are busy and the queue of "
                    + queueSize + " is full; retry later");
        }
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw ApiError.timeout(timeoutMillis);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiError.overloaded("server is shutting down");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception x) {
                throw x;
            }
            throw e;
        }
    }

    /** Tasks waiting for a worker. */
    int queued() {
        return executor.getQueue().size();
    }

    /** Workers busy now. */
    int active() {
        return executor.getActiveCount();
    }

    /** Stops the workers after the tasks already queued, waiting at most the given time. */
    void shutdown(long waitMillis) throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(waitMillis, TimeUnit.MILLISECONDS);
    }
}
