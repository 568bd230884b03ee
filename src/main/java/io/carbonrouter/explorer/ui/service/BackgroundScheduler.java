package io.carbonrouter.explorer.ui.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread for delayed jobs (the autosave). A job's exception goes to the default uncaught
 * exception handler, which shows it, instead of vanishing into its future.
 */
public final class BackgroundScheduler implements Scheduler {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            r -> new Fx.BackgroundThread(r, "policy-explorer-autosave"));

    @Override
    public Job schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future = executor.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
