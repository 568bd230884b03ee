package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.ChartSet;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Objects;

/**
 * The five result charts: the series of the run on screen (the last valid one stays when the scenario has
 * problems), time labels from the scenario, and an optional pinned run drawn behind as a ghost.
 */
public final class ChartsViewModel {

    private final ReadOnlyObjectWrapper<ChartSet> charts = new ReadOnlyObjectWrapper<>(ChartSet.EMPTY);
    private final ReadOnlyObjectWrapper<ChartSet> ghost = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimeLabels> timeLabels = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimeLabels> slotLabels = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty pinned = new SimpleBooleanProperty(false);
    private Scenario labelled;

    public ChartsViewModel(RunService runs, ScenarioModel model) {
        runs.outcomeProperty().addListener((obs, old, o) -> {
            if (o != null) {
                charts.set(o.charts());
            }
        });
        pinned.addListener((obs, was, now) -> ghost.set(now ? charts.get() : null));
        model.scenarioProperty().addListener((obs, old, s) -> label(s));
        label(model.scenario());
    }

    private void label(Scenario s) {
        if (labelled == null || !Objects.equals(labelled.start(), s.start())
                || labelled.clock().evaluationSeconds() != s.clock().evaluationSeconds()) {
            timeLabels.set(TimeLabels.of(s.start(), s.clock().evaluationSeconds() / 60.0));
        }
        if (labelled == null || !Objects.equals(labelled.start(), s.start())
                || labelled.slotMinutes() != s.slotMinutes()) {
            slotLabels.set(TimeLabels.of(s.start(), s.slotMinutes()));
        }
        labelled = s;
    }

    public ReadOnlyObjectProperty<ChartSet> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** The pinned run's charts, drawn behind the current ones; null when nothing is pinned. */
    public ReadOnlyObjectProperty<ChartSet> ghostProperty() {
        return ghost.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeLabels> timeLabelsProperty() {
        return timeLabels.getReadOnlyProperty();
    }

    /** Labels for the curves, one point per forecast slot, where the charts have one per tick. */
    public ReadOnlyObjectProperty<TimeLabels> slotLabelsProperty() {
        return slotLabels.getReadOnlyProperty();
    }

    /** Pin the run on screen as a baseline to compare edits against; unpin to drop it. */
    public BooleanProperty pinnedProperty() {
        return pinned;
    }
}
