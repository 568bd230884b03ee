package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.io.measured.MeasuredRunReader;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.measured.MeasuredRun;
import io.carbonrouter.explorer.simulation.measured.ReconcileMetric;
import io.carbonrouter.explorer.simulation.measured.Reconciliation;
import io.carbonrouter.explorer.ui.common.Messages;
import io.carbonrouter.explorer.ui.run.BatchJob;
import io.carbonrouter.explorer.ui.run.ChartSet;
import io.carbonrouter.explorer.ui.run.MeasuredCharts;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import io.carbonrouter.explorer.ui.service.FileDialogs;
import io.carbonrouter.explorer.ui.service.FileKind;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A run measured on a cluster (the benchmark harness's timeseries.csv), drawn over the run on screen in every
 * chart and set against it figure by figure: measured, simulated, the difference and the modelled part whose
 * ideal value moves the figure most. The file is read, the overlay built and the scenario re-run for the
 * reconcile off the FX thread; the overlay follows every new run, the figures every complete one.
 */
public final class MeasuredViewModel {

    /** One figure as the panel shows it. */
    public record Item(String metric, String measured, String simulated, String difference, String movedBy) {
    }

    /** What a background job hands back: the overlay, and the figures when the run was complete. */
    private record Built(ChartSet overlay, Optional<Reconciliation> reconciliation) {
    }

    private final RunService runs;
    private final Simulator simulator;
    private final ObjectProperty<ChartSet> overlay;
    private final BatchJob job;
    private final FileDialogs files;
    private final Messages status;
    private final Supplier<Optional<Path>> directory;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private MeasuredRun measured;

    /**
     * @param overlay   where the measured run's charts go (the charts draw it); null while there is none
     * @param directory where the file chooser starts
     */
    public MeasuredViewModel(RunService runs, Simulator simulator, ObjectProperty<ChartSet> overlay, BatchJob job,
                             FileDialogs files, Messages status, Supplier<Optional<Path>> directory) {
        this.runs = runs;
        this.simulator = simulator;
        this.overlay = overlay;
        this.job = job;
        this.files = files;
        this.status = status;
        this.directory = directory;
        runs.outcomeProperty().addListener((obs, old, o) -> refresh());
    }

    public void open() {
        files.chooseOpen(FileKind.MEASURED_RUN, directory.get()).ifPresent(this::open);
    }

    /** Reads {@code path} off the FX thread; it replaces the measured run on screen once read. */
    public void open(Path path) {
        job.start((cancelled, progress) -> MeasuredRunReader.read(path), read -> {
            measured = read.run();
            loaded.set(true);
            status.info("Opened the measured run " + measured.source() + ": " + measured.samples() + " samples over "
                    + Math.round(measured.seconds()) + " s" + (read.warnings().isEmpty() ? ""
                    : " (" + String.join("; ", read.warnings()) + ")"));
            refresh();
        }, e -> status.error(e.getMessage()));
    }

    /** Drops the measured run: its lines leave the charts and the panel closes. */
    public void remove() {
        job.cancel();
        measured = null;
        loaded.set(false);
        overlay.set(null);
        items.clear();
        heading.set("");
        note.set("");
    }

    private void refresh() {
        RunOutcome o = runs.outcomeProperty().get();
        if (measured == null) {
            return;
        }
        if (o == null) {
            overlay.set(null);
            return;
        }
        MeasuredRun m = measured;
        boolean complete = o.complete();
        job.start((cancelled, progress) -> new Built(MeasuredCharts.build(o.scenario(), o.run(), m),
                complete ? Optional.of(Reconciliation.of(m, o.scenario(), simulator))
                        : Optional.empty()), b -> show(m, b), e -> status.error("Cannot set the measured run "
                + m.source() + " against this run: " + e.getMessage()));
    }

    private void show(MeasuredRun m, Built b) {
        overlay.set(b.overlay());
        if (b.reconciliation().isEmpty()) {
            heading.set("Measured " + m.source() + ": the figures show when this run is complete.");
            items.clear();
            note.set("");
            return;
        }
        Reconciliation r = b.reconciliation().get();
        heading.set("Measured " + m.source() + " vs simulated " + r.policy() + ":");
        items.setAll(r.rows().stream().map(MeasuredViewModel::item).toList());
        note.set(String.join(" ", notes(r)));
    }

    private static List<String> notes(Reconciliation r) {
        String parts = r.parts().isEmpty() ? "No modelled part to switch: the scenario has no cluster model or"
                + " forecast error." : "Switched one at a time to ideal: " + String.join(", ", r.parts()) + ".";
        return Stream.concat(Stream.of(parts), r.warnings().stream().map(w -> "Note: " + w + ".")).toList();
    }

    private static Item item(Reconciliation.Row row) {
        ReconcileMetric m = row.metric();
        String difference = (row.difference() > 0 ? "+" : "") + m.format(row.difference());
        String moved = row.movedBy().map(p -> p + " (" + (row.moved() > 0 ? "+" : "") + m.format(row.moved())
                + ")").orElse("-");
        return new Item(m.label(), m.format(row.measured()), m.format(row.simulated()), difference, moved);
    }

    /** Whether a measured run is open (the panel shows only then). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** One item per figure, in {@link ReconcileMetric} order; empty until a complete run is set against it. */
    public ObservableList<Item> items() {
        return items;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Which parts were switched, and the reconcile's warnings. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
