package io.carbonrouter.explorer.ui.service;

import java.time.Duration;

/** Runs a job once, after a delay, on a background thread; tests run the jobs when they choose. */
@FunctionalInterface
public interface Scheduler {

    /** A scheduled job; cancelling stops it unless it has started. */
    @FunctionalInterface
    interface Job {
        void cancel();
    }

    Job schedule(Runnable task, Duration delay);
}
