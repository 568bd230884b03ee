package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.ui.service.Fx;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work where the latest request wins: each request takes a new generation, older work stops at
 * its next {@link #stale} check and whatever it still delivers is dropped. Results, failures and progress
 * reach the FX thread through the FX executor, and only while their generation is the latest. Requests and
 * cancels come from the FX thread; the generation is read from any thread.
 */
public final class LatestTask {

    private final Executor background;
    private final Executor fx;
    /** Written on the FX thread only. */
    private volatile long generation;

    /** Work goes to {@code background}; what it delivers to {@code fx}. */
    public LatestTask(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** A new request: whatever is on its way is stale from now on. */
    public long next() {
        Fx.checkThread("a new background task");
        generation++;
        return generation;
    }

    /** The latest generation, for more work on behalf of the same request. */
    public long current() {
        return generation;
    }

    /** Drops whatever is on its way. */
    public void cancel() {
        Fx.checkThread("cancelling a background task");
        generation++;
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
        background.execute(() -> {
            if (stale(gen)) {
                return;
            }
            try {
                T result = work.get();
                onFx(gen, () -> done.accept(result));
            } catch (CancellationException superseded) {
                // A newer request owns the screen now; nothing to report.
            } catch (RuntimeException e) {
                onFx(gen, () -> failed.accept(e));
            }
        });
    }

    /** Hands {@code update} (progress, say) to the FX thread, where it is dropped if {@code gen} is stale. */
    public void onFx(long gen, Runnable update) {
        fx.execute(() -> {
            if (!stale(gen)) {
                update.run();
            }
        });
    }
}
