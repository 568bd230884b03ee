package io.carbonrouter.explorer.simulation.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs a batch of independent jobs on a fixed number of threads and returns their results in job order, so
 * the output never depends on scheduling. Threads take the next job as they free up (runs differ in cost).
 * One thread means the calling thread: what tests use to stay deterministic and single-threaded.
 */
public final class Workers {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;

    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** As many threads as the machine has cores. */
    public static Workers allCores() {
        return new Workers(Runtime.getRuntime().availableProcessors());
    }

    public static Workers callingThread() {
        return new Workers(1);
    }

    public int threads() {
        return threads;
    }

    /** One job of a batch; {@code cancelled} turns true when the batch is cancelled or another job failed. */
    @FunctionalInterface
    public interface Job<T> {
        T run(int index, BooleanSupplier cancelled);
    }

    /**
     * Runs jobs {@code 0..count-1}. {@code cancelled} is polled before each job and passed into it; once it
     * is true the batch stops with a {@link CancellationException}. The first failing job's exception is
     * rethrown and the remaining jobs are not started.
     */
    public <T> List<T> map(int count, Job<T> job, BooleanSupplier cancelled, Progress progress) {
        Object[] results = new Object[count];
        forEach(count, (i, halted) -> results[i] = job.run(i, halted), cancelled, progress);
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return List.copyOf(list);
    }

    /** One job of a batch that keeps what it computes itself (into its own slot of an array, say). */
    @FunctionalInterface
    public interface Task {
        void run(int index, BooleanSupplier cancelled);
    }

    /**
     * As {@link #map} for jobs that collect nothing: what a job writes is visible to the caller once this
     * returns, and a batch of many jobs holds no list of their results.
     */
    public void forEach(int count, Task job, BooleanSupplier cancelled, Progress progress) {
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier halted = () -> stop.get() || cancelled.getAsBoolean();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                if (halted.getAsBoolean()) {
                    stop.set(true);
                    throw new CancellationException("cancelled after " + done.get() + " of " + count + " runs");
                }
                job.run(i, halted);
                synchronized (progressLock) {
                    progress.update(done.incrementAndGet(), count);
                }
            }
        };
        int n = Math.min(threads, count);
        if (n <= 1) {
            worker.run();
        } else {
            runOnPool(n, worker, stop);
        }
    }

    private static void runOnPool(int n, Runnable worker, AtomicBoolean stop) {
        ExecutorService pool = Executors.newFixedThreadPool(n, daemons());
        List<Future<?>> futures = new ArrayList<>(n);
        try {
            for (int w = 0; w < n; w++) {
                futures.add(pool.submit(() -> {
                    try {
                        worker.run();
                    } catch (RuntimeException | Error e) {
                        stop.set(true);
                        throw e;
                    }
                }));
            }
            RuntimeException failure = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failure = failure != null && !(failure instanceof CancellationException) ? failure
                            : unwrap(e.getCause());
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The job's own exception; errors pass through untouched. */
    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof Error err) {
            throw err;
        }
        if (cause instanceof RuntimeException re) {
            return re;
        }
        return new IllegalStateException(cause);
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "explorer-runs-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
