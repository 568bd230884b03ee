package io.carbonrouter.explorer.ui.status;

import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar: the latest message (info or error), what is wrong with the scenario, the last run's time
 * and size, and the progress of a slow run with a way to cancel it.
 */
public final class StatusViewModel {

    private final RunService runs;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper runInfo = new ReadOnlyStringWrapper("");
    private final BooleanBinding showProgress;

    public StatusViewModel(RunService runs) {
        this.runs = runs;
        showProgress = Bindings.createBooleanBinding(() -> runs.progressProperty().get() >= 0,
                runs.progressProperty());
        runs.outcomeProperty().addListener((obs, old, o) -> {
            if (o != null) {
                runInfo.set(describe(o));
            }
        });
        runs.failureProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                error(now);
            }
        });
    }

    static String describe(RunOutcome o) {
        RunMetrics m = o.run().metrics();
        String steps = o.live() ? o.run().steps() + " of " + o.scenario().clock().ticks() + " steps"
                : o.run().steps() + " steps";
        return (o.live() ? "live · " : "last run ") + Formats.number(o.wallNanos() / 1e6, 1) + " ms · " + steps
                + " · savings " + Formats.percent(m.savings()) + " · mean precision "
                + Formats.percent(m.meanPrecision());
    }

    public void info(String text) {
        message.set(text);
        error.set(false);
    }

    public void error(String text) {
        message.set(text);
        error.set(true);
    }

    public void cancelRun() {
        runs.cancel();
        info("Run cancelled; the last complete run stays on screen.");
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

    public ReadOnlyDoubleProperty progressProperty() {
        return runs.progressProperty();
    }

    public BooleanBinding showProgressProperty() {
        return showProgress;
    }
}
