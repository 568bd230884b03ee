package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.ui.run.ChartSet;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The result charts: the series of the run on screen (the last valid one stays when the scenario has
 * problems), an optional pinned run drawn behind as a ghost and an optional measured run; their time axis is the
 * shared Timeline.
 */
public final class ChartsViewModel {

    private final ReadOnlyObjectWrapper<ChartSet> charts = new ReadOnlyObjectWrapper<>(ChartSet.EMPTY);
    private final ReadOnlyObjectWrapper<ChartSet> ghost = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty pinned = new SimpleBooleanProperty(false);
    private final ObjectProperty<ChartSet> measured = new SimpleObjectProperty<>();

    public ChartsViewModel(RunService runs) {
        // No outcome means the scenario was replaced and its run is on its way: the charts go blank meanwhile.
        runs.outcomeProperty().addListener((obs, old, o) -> charts.set(o == null ? ChartSet.EMPTY : o.charts()));
        pinned.addListener((obs, was, now) -> ghost.set(now ? charts.get() : null));
    }

    public ReadOnlyObjectProperty<ChartSet> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** The pinned run's charts, drawn behind the current ones; null when nothing is pinned. */
    public ReadOnlyObjectProperty<ChartSet> ghostProperty() {
        return ghost.getReadOnlyProperty();
    }

    /** A measured run's charts on the current run's steps, drawn with it; null when none is open. */
    public ObjectProperty<ChartSet> measuredProperty() {
        return measured;
    }

    /** Pin the run on screen as a baseline to compare edits against; unpin to drop it. */
    public BooleanProperty pinnedProperty() {
        return pinned;
    }
}
