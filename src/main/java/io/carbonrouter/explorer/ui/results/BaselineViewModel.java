package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.TickClock;
import io.carbonrouter.explorer.simulation.compare.MetricDelta;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.OfflineOptimum;
import io.carbonrouter.explorer.simulation.compare.RunDiff;
import io.carbonrouter.explorer.ui.run.BatchJob;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.OptionalInt;

/**
 * The pinned baseline's numbers: while a run is pinned, every complete run on screen is set against it metric
 * by metric (current minus pinned), each difference marked better, worse or neither. The metrics, with the
 * frontier the regret needs, are computed off the FX thread.
 */
public final class BaselineViewModel {

    /** One metric's difference as the panel shows it. */
    public record Item(String metric, String difference, MetricDelta.Verdict verdict, String detail) {

        /** "Savings +3.2 pp (better)". */
        public String text() {
            String word = switch (verdict) {
                case BETTER -> " (better)";
                case WORSE -> " (worse)";
                case SAME -> "";
            };
            return metric + " " + difference + word;
        }
    }

    private final RunService runs;
    private final BooleanProperty pinned;
    private final BatchJob job;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunDiff> diff = new ReadOnlyObjectWrapper<>();
    private RunOutcome baseline;

    public BaselineViewModel(RunService runs, BooleanProperty pinned, BatchJob job) {
        this.runs = runs;
        this.pinned = pinned;
        this.job = job;
        pinned.addListener((obs, was, now) -> {
            baseline = now ? runs.outcomeProperty().get() : null;
            refresh();
        });
        runs.outcomeProperty().addListener((obs, old, o) -> refresh());
    }

    private void refresh() {
        RunOutcome current = runs.outcomeProperty().get();
        if (baseline == null || current == null) {
            job.cancel();
            show(null, "");
            return;
        }
        if (!current.complete()) {
            job.cancel();
            show(null, "Differences from the pinned run show when this run is complete.");
            return;
        }
        RunOutcome pinnedRun = baseline;
        job.start((cancelled, progress) -> RunDiff.between(row(pinnedRun), row(current)),
                d -> show(d, "Now vs pinned " + pinnedRun.run().policy() + ":"),
                e -> show(null, "Cannot set this run against the pinned one: " + e.getMessage()));
    }

    /**
     * A run's metrics, its regret against the optimum over the slots it ran (a paused playback has fewer). The
     * optimum is per slot, the run per tick: in the deployed loop a run of every tick covers the scenario's slots.
     */
    static MetricRow row(RunOutcome o) {
        Scenario s = o.scenario();
        TickClock clock = o.run().clock();
        int steps = o.run().steps();
        Scenario ran = steps >= clock.ticks() ? s
                : s.toBuilder().steps(OptionalInt.of(clock.slotOf(Math.max(0, steps - 1)) + 1)).build();
        return MetricRow.of(o.run(), OfflineOptimum.frontier(ran));
    }

    private void show(RunDiff d, String text) {
        diff.set(d);
        heading.set(text);
        if (d == null) {
            items.clear();
            return;
        }
        items.setAll(d.deltas().stream().map(BaselineViewModel::item).toList());
    }

    private static Item item(MetricDelta m) {
        String detail = m.metric().label() + ": pinned " + m.metric().format(m.pinned()) + ", now "
                + m.metric().format(m.current());
        return new Item(m.metric().label(), m.formattedDifference(), m.verdict(), detail);
    }

    public void unpin() {
        pinned.set(false);
    }

    /** Whether a run is pinned (the panel shows only then). */
    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    /** One item per metric, in the metrics' order; empty while there is nothing to set side by side. */
    public ObservableList<Item> items() {
        return items;
    }

    /** What the items compare, or why there are none yet. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The differences on screen; null when there are none. */
    public ReadOnlyObjectProperty<RunDiff> diffProperty() {
        return diff.getReadOnlyProperty();
    }
}
