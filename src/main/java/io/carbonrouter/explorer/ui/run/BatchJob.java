package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.compare.Progress;
import io.carbonrouter.explorer.simulation.compare.TimeLeft;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One long job at a time (a comparison, a sweep) on the batch executor, with progress and cancel. A new start
 * or a cancel makes the job on its way stale ({@link LatestTask}): it stops at its next check and its result
 * is dropped. Results, failures and progress reach the FX thread; public methods are called on it.
 */
public final class BatchJob {

    /** The work: polls {@code cancelled}, reports finished runs to {@code progress} from any thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(BooleanSupplier cancelled, Progress progress);
    }

    private final LatestTask tasks;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final String unit;

    private final LongSupplier nanoClock;

    public BatchJob(Executor batch, Executor fx) {
        this(batch, fx, "runs", System::nanoTime);
    }

    /** With {@code nanoClock} for the time left the progress text gives (a fake one in tests). */
    public BatchJob(Executor batch, Executor fx, LongSupplier nanoClock) {
        this(batch, fx, "runs", nanoClock);
    }

    /** A job whose progress counts {@code unit} ("frames" for a GIF recording) rather than runs. */
    public BatchJob(Executor batch, Executor fx, String unit) {
        this(batch, fx, unit, System::nanoTime);
    }

    private BatchJob(Executor batch, Executor fx, String unit, LongSupplier nanoClock) {
        this.tasks = new LatestTask(batch, fx);
        this.unit = unit;
        this.nanoClock = nanoClock;
    }

    /** Starts {@code work}, replacing any job on its way; {@code done} or {@code failed} hear how it ended. */
    public <T> void start(Work<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        long gen = tasks.next();
        running.set(true);
        progress.set(-1);
        progressText.set("");
        BooleanSupplier stale = () -> tasks.stale(gen);
        tasks.submit(gen, () -> work.run(stale, reporter(gen)), result -> finish(() -> done.accept(result)),
                e -> finish(() -> failed.accept(e)));
    }

    /** Stops the job on its way; nothing it computed is shown. */
    public void cancel() {
        tasks.cancel();
        running.set(false);
        progress.set(-1);
        progressText.set("");
    }

    private void finish(Runnable report) {
        running.set(false);
        progress.set(-1);
        progressText.set("");
        report.run();
    }

    /**
     * Hands progress to the FX thread at most once per percent, so a sweep of 70,000 runs does not flood it,
     * with the time left at the pace so far, as the command line gives it.
     */
    private Progress reporter(long gen) {
        AtomicInteger shownPercent = new AtomicInteger(-1);
        TimeLeft timeLeft = new TimeLeft(nanoClock);
        return (done, total) -> {
            int percent = total == 0 ? 100 : (int) (100L * done / total);
            if (percent == shownPercent.get() && done != total) {
                return;
            }
            shownPercent.set(percent);
            String left = timeLeft.words(done, total);
            tasks.onFx(gen, () -> {
                if (running.get()) {
                    progress.set(total == 0 ? 1 : (double) done / total);
                    progressText.set(String.format(Locale.ROOT, "%,d of %,d %s%s", done, total, unit,
                            left.isEmpty() ? "" : ", " + left));
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

    /** "3 of 7 runs, about 12 s left" (or the unit the job counts); empty while nothing is running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }
}
