package io.carbonrouter.explorer.ui.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The app's background threads: daemons, so they never hold the app open. */
public final class WorkerExecutor {

    private WorkerExecutor() {
    }

    /** The one thread runs go to: one at a time, in order. */
    public static ExecutorService create() {
        return Executors.newSingleThreadExecutor(r -> daemon(r, "policy-explorer-runs"));
    }

    /**
     * Threads for comparisons, sweeps, baseline metrics and exports: a thread per job, so a long sweep holds
     * up neither the edits' runs nor a comparison or an export started meanwhile. Idle threads end after a minute.
     */
    public static ExecutorService batch() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> daemon(r, "policy-explorer-batch-" + count.incrementAndGet()));
    }

    private static Thread daemon(Runnable r, String name) {
        return new Fx.BackgroundThread(r, name);
    }
}
