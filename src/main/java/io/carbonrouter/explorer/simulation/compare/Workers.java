package io.carbonrouter.explorer.simulation.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
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
    /** How long the last thread of a batch waits at most before it joins ({@link #rampingUp}); 0: none waits. */
    private final long rampNanos;

    public Workers(int threads) {
        this(threads, 0);
    }

    private Workers(int threads, long rampNanos) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.rampNanos = rampNanos;
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

    /**
     * These workers, ramping up: in each batch all threads but one start at once (one on two cores) and the last
     * joins once a tenth of the jobs are done, or after {@code wait} at most. For a batch of many short jobs in a
     * fresh JVM (a sweep on the command line): the runs' code is new, and the JIT compiler, which makes it fast,
     * needs a core of its own while it compiles it; a thread more running the code slow would take that core from
     * it. A sweep of the year (700 runs) took 2-6 % less time so on two cores (docs/BENCHMARKS.md, "Session 22").
     * The results and their order are the same.
     */
    public Workers rampingUp(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("a ramp cannot be negative, got " + wait);
        }
        return new Workers(threads, wait.toNanos());
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
        int n = Math.min(threads, count);
        AtomicInteger started = new AtomicInteger();
        // with a ramp, the last thread joins once a tenth of the jobs are done, a thread that started ends, or the
        // ramp is over
        int atOnce = rampNanos > 0 ? Math.max(1, n - 1) : n;
        CountDownLatch joined = new CountDownLatch(rampNanos > 0 ? 1 : 0);
        int tenth = Math.max(1, count / 10);
        long rampEnd = System.nanoTime() + rampNanos;
        Runnable worker = () -> {
            boolean waits = started.getAndIncrement() >= atOnce;
            try {
                if (waits) {
                    awaitRamp(joined, rampEnd);
                }
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    if (halted.getAsBoolean()) {
                        stop.set(true);
                        throw new CancellationException("cancelled after " + done.get() + " of " + count + " runs");
                    }
                    job.run(i, halted);
                    int finished;
                    synchronized (progressLock) {
                        finished = done.incrementAndGet();
                        progress.update(finished, count);
                    }
                    if (finished >= tenth) {
                        joined.countDown();
                    }
                }
            } finally {
                if (!waits) {
                    joined.countDown();
                }
            }
        };
        if (n <= 1) {
            worker.run();
        } else {
            runOnPool(n, worker, stop);
        }
    }

    /** Waits for the ramp to end: {@code joined} opened, or {@code end} reached. */
    private static void awaitRamp(CountDownLatch joined, long end) {
        try {
            long left = end - System.nanoTime();
            if (left > 0) {
                joined.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
