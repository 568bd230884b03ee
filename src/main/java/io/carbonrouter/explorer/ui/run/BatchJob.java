package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.compare.Progress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One long job at a time (a comparison, a sweep) on the batch executor, with progress and cancel. A new start
 * or a cancel makes the job on its way stale: it stops at its next check and its result is dropped. Results,
 * failures and progress reach the FX thread through the FX executor; public methods are called on it.
 */
public final class BatchJob {

    /** The work: polls {@code cancelled}, reports finished runs to {@code progress} from any thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(BooleanSupplier cancelled, Progress progress);
    }

    private final Executor batch;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    /** Written on the FX thread; read by jobs to notice they are stale. */
    private volatile long generation;

    public BatchJob(Executor batch, Executor fx) {
        this.batch = batch;
        this.fx = fx;
    }

    /** Starts {@code work}, replacing any job on its way; {@code done} or {@code failed} hear how it ended. */
    public <T> void start(Work<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        long gen = ++generation;
        running.set(true);
        progress.set(-1);
        progressText.set("");
        BooleanSupplier stale = () -> generation != gen;
        batch.execute(() -> {
            if (stale.getAsBoolean()) {
                return;
            }
            try {
                T result = work.run(stale, reporter(gen));
                fx.execute(() -> finish(gen, () -> done.accept(result)));
            } catch (CancellationException e) {
                // Cancelled or replaced: whoever did that has updated the screen.
            } catch (RuntimeException e) {
                fx.execute(() -> finish(gen, () -> failed.accept(e)));
            }
        });
    }

    /** Stops the job on its way; nothing it computed is shown. */
    public void cancel() {
        generation++;
        running.set(false);
        progress.set(-1);
        progressText.set("");
    }

    private void finish(long gen, Runnable report) {
        if (generation != gen) {
            return;
        }
        running.set(false);
        progress.set(-1);
        progressText.set("");
        report.run();
    }

    /** Hands progress to the FX thread at most once per percent, so a sweep of 70,000 runs does not flood it. */
    private Progress reporter(long gen) {
        AtomicInteger shownPercent = new AtomicInteger(-1);
        return (done, total) -> {
            int percent = total == 0 ? 100 : (int) (100L * done / total);
            if (percent == shownPercent.get() && done != total) {
                return;
            }
            shownPercent.set(percent);
            fx.execute(() -> {
                if (generation == gen && running.get()) {
                    progress.set(total == 0 ? 1 : (double) done / total);
                    progressText.set(String.format(Locale.ROOT, "%,d of %,d runs", done, total));
                }
            });
        };
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share of the runs done, -1 before the first is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "3 of 7 runs"; empty while nothing is running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
