package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.compare.Progress;
import io.carbonrouter.explorer.simulation.compare.TimeLeft;
import io.carbonrouter.explorer.ui.service.BackgroundTask;
import io.carbonrouter.explorer.ui.service.LatestTask;
import io.carbonrouter.explorer.ui.service.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * One long job at a time (a comparison, a sweep) on the batch executor, with progress and cancel: the
 * {@link LatestTask} of a {@link TaskExecutor}, so it is listed among the running tasks. A new start or a
 * cancel makes the job on its way stale: it stops at its next check and its result is dropped. Public methods
 * are called on the FX thread.
 */
public final class BatchJob {

    /** The work: polls {@code cancelled}, reports finished runs to {@code progress} from any thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(BooleanSupplier cancelled, Progress progress);
    }

    private final LatestTask tasks;
    private final String unit;
    private final LongSupplier nanoClock;

    /** Jobs of {@code tasks} (from {@link TaskExecutor}), whose progress counts runs. */
    public BatchJob(LatestTask tasks) {
        this(tasks, "runs", System::nanoTime);
    }

    /**
     * Jobs whose progress counts {@code unit} ("frames" for a GIF recording), with {@code nanoClock} for the
     * time left the progress text gives (a fake one in tests).
     */
    public BatchJob(LatestTask tasks, String unit, LongSupplier nanoClock) {
        this.tasks = tasks;
        this.unit = unit;
        this.nanoClock = nanoClock;
    }

    /** Starts {@code work}, replacing any job on its way; {@code done} or {@code failed} hear how it ended. */
    public <T> void start(Work<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        long gen = tasks.next();
        BooleanSupplier stale = () -> tasks.stale(gen);
        tasks.submit(gen, () -> work.run(stale, reporter(gen)), done, failed);
    }

    /** Stops the job on its way; nothing it computed is shown. */
    public void cancel() {
        tasks.cancel();
    }

    /** What Cancel in the list of running tasks does; see {@link LatestTask#setUserCancel}. */
    public void setUserCancel(Runnable action) {
        tasks.setUserCancel(action);
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
            tasks.progress(gen, total == 0 ? 1 : (double) done / total, String.format(Locale.ROOT,
                    "%,d of %,d %s%s", done, total, unit, left.isEmpty() ? "" : ", " + left));
        };
    }

    /** See {@link LatestTask#fxThread}. */
    public Executor fxThread() {
        return tasks.fxThread();
    }

    /** The job as the list of running tasks shows it. */
    public BackgroundTask task() {
        return tasks.task();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return task().runningProperty();
    }

    /** Share of the runs done, -1 before the first is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return task().progressProperty();
    }

    /** "3 of 7 runs, about 12 s left" (or the unit the job counts); empty while nothing is running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return task().messageProperty();
    }
}
