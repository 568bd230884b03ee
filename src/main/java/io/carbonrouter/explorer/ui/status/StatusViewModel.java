package io.carbonrouter.explorer.ui.status;

import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.common.Messages;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import io.carbonrouter.explorer.ui.service.BackgroundTask;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;

/**
 * The status bar: the latest message (info or error), what is wrong with the scenario, the last run's time
 * and size, and the background work on its way (a slow run, a comparison, an export…) with a way to cancel it.
 */
public final class StatusViewModel implements Messages {

    /** What the run part of the status bar says while a replaced scenario's first run is on its way. */
    static final String RUNNING = "running the new scenario…";
    /** The run part's tooltip: what its figures are. */
    public static final String RUN_INFO_HELP = "How long the engine took to compute the run on screen "
            + "(wall-clock, on this machine), how many steps it covers, and its savings against always running "
            + "precision-100 and its mean precision. While playing, the time is that of the last update.";

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper runInfo = new ReadOnlyStringWrapper("");
    private final ObservableList<BackgroundTask> running;
    private final StringBinding tasksSummary;

    /**
     * @param playing whether playback is running now: a live run says "playing" only while it is
     * @param running the background work on its way ({@code TaskExecutor.running()})
     */
    public StatusViewModel(RunService runs, ObservableBooleanValue playing, ObservableList<BackgroundTask> running) {
        this.running = running;
        tasksSummary = Bindings.createStringBinding(() -> switch (running.size()) {
            case 0 -> "";
            case 1 -> running.get(0).title() + "…";
            default -> running.size() + " tasks running";
        }, running);
        runs.outcomeProperty().addListener(
                (obs, old, o) -> runInfo.set(o == null ? RUNNING : describe(o, playing.get())));
        playing.addListener((obs, was, now) -> {
            RunOutcome o = runs.outcomeProperty().get();
            if (o != null) {
                runInfo.set(describe(o, now));
            }
        });
        runs.failureProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                error(now);
            }
        });
    }

    /** A live run is "playing" while playback runs, "paused" when it stopped short of the end. */
    static String describe(RunOutcome o, boolean playing) {
        RunMetrics m = o.run().metrics();
        boolean partial = o.live() && !o.complete();
        String steps = partial ? o.run().steps() + " of " + o.scenario().clock().ticks() + " steps"
                : o.run().steps() + " steps";
        String took = Formats.number(o.wallNanos() / 1e6, 0) + " ms";
        String state = playing ? "playing · last update " : partial ? "paused · last update " : "last run ";
        return state + took + " · " + steps
                + " · savings " + Formats.percent(m.savings()) + " · mean precision "
                + Formats.percent(m.meanPrecision());
    }

    @Override
    public void info(String text) {
        message.set(text);
        error.set(false);
    }

    @Override
    public void error(String text) {
        message.set(text);
        error.set(true);
    }

    /** Cancel in the list of running tasks: stops {@code task}; what it computed so far is not shown. */
    public void cancel(BackgroundTask task) {
        task.cancel();
        info("Cancelled: " + task.title() + ".");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message reports a problem (shown in red). */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runInfoProperty() {
        return runInfo.getReadOnlyProperty();
    }

    /** The background work on its way, in the order it started. */
    public ObservableList<BackgroundTask> runningTasks() {
        return running;
    }

    /** "" while nothing runs, the task's title while one does, "2 tasks running" while more do. */
    public StringBinding tasksSummary() {
        return tasksSummary;
    }
}
