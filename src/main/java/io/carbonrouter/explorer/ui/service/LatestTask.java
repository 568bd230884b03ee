package io.carbonrouter.explorer.ui.service;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work where the latest request wins, made by {@link TaskExecutor}: each request takes a new
 * generation, older work stops at its next {@link #stale} check and whatever it still delivers is dropped.
 * Results, failures and progress reach the FX thread through the executor, and only while their generation is
 * the latest. While work of the latest generation is on its way, its {@link BackgroundTask} is listed among the
 * running tasks. Requests, submits and cancels come from the FX thread; the generation is read from any thread.
 */
public final class LatestTask {

    private final TaskExecutor executor;
    private final Executor background;
    private final BackgroundTask task;
    private final boolean listAtOnce;
    /** Written on the FX thread only. */
    private volatile long generation;
    /** Jobs of the latest generation not delivered yet; FX thread only. */
    private int pending;
    private Runnable userCancel = this::cancel;

    LatestTask(TaskExecutor executor, String title, Executor background, boolean listAtOnce) {
        this.executor = executor;
        this.background = background;
        this.listAtOnce = listAtOnce;
        this.task = new BackgroundTask(title, () -> userCancel.run());
    }

    /** A new request: whatever is on its way is stale from now on. */
    public long next() {
        Fx.checkThread("a new background task");
        generation++;
        pending = 0;
        executor.unlist(task);
        return generation;
    }

    /** The latest generation, for more work on behalf of the same request. */
    public long current() {
        return generation;
    }

    /** Drops whatever is on its way. */
    public void cancel() {
        next();
    }

    /**
     * What the task's Cancel (in the list of running tasks) does: by default {@link #cancel}; an owner that
     * keeps state of its own about the work sets its own cancel, which must end in this one.
     */
    public void setUserCancel(Runnable action) {
        userCancel = action;
    }

    /** Whether a newer request or a cancel has come since {@code gen}. */
    public boolean stale(long gen) {
        return generation != gen;
    }

    /**
     * Runs {@code work} for generation {@code gen} in the background unless it is stale by then. Its result
     * goes to {@code done}, its failure to {@code failed}, on the FX thread; a {@link CancellationException}
     * means it was superseded and reports nothing.
     */
    public <T> void submit(long gen, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        if (!stale(gen)) {
            pending++;
            if (listAtOnce) {
                executor.list(task);
            }
        }
        background.execute(() -> {
            if (stale(gen)) {
                return;
            }
            try {
                T result = work.get();
                onFx(gen, () -> settle(() -> done.accept(result)));
            } catch (CancellationException stopped) {
                // Superseded (then dropped) or stopped by the work itself: either way nothing to report.
                onFx(gen, () -> settle(() -> { }));
            } catch (RuntimeException e) {
                onFx(gen, () -> settle(() -> failed.accept(e)));
            }
        });
    }

    private void settle(Runnable report) {
        pending--;
        if (pending <= 0) {
            executor.unlist(task);
        }
        report.run();
    }

    /** Hands {@code update} to the FX thread, where it is dropped if {@code gen} is stale. */
    public void onFx(long gen, Runnable update) {
        executor.onFx(() -> {
            if (!stale(gen)) {
                update.run();
            }
        });
    }

    /**
     * Hands progress to the FX thread (dropped if {@code gen} is stale or its work delivered): {@code share}
     * done, -1 for unknown, and {@code text} to say how far. Work that lists itself when slow is listed now.
     */
    public void progress(long gen, double share, String text) {
        onFx(gen, () -> {
            if (pending > 0) {
                executor.list(task);
                task.report(share, text);
            }
        });
    }

    /**
     * The FX thread, for work that needs something done there mid-job and waits for it (a GIF's frames are
     * taken there): unlike {@link #onFx}, it runs even once the work is stale, so nothing waits forever.
     */
    public Executor fxThread() {
        return executor::onFx;
    }

    /** What the list of running tasks shows of this work. */
    public BackgroundTask task() {
        return task;
    }
}
