package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.measured.MeasuredSteps;
import io.carbonrouter.explorer.ui.chart.ChartData;

import java.util.Objects;
import java.util.Optional;

/**
 * One result chart: its name, title and place on the results grid, and how its data is built from a run off the
 * FX thread (and, when it has one, the overlay of a run measured on a cluster). The charts are declared once, in
 * {@link ChartSet#CHARTS}; the results view lays out whatever is declared there. A new chart is a subclass and
 * its line in that list.
 */
public abstract class RunChart {

    /** Where a chart sits on the results grid, whose two columns are stacked from the top in declaration order. */
    public enum Place {
        /** Across both columns, above the others. */
        WIDE,
        LEFT,
        RIGHT
    }

    /** What a chart is built from: the scenario, its run, the time axis' steps and the emissions' running totals. */
    public record Input(Scenario scenario, Run run, int steps, RunningTotals totals) {
    }

    private final String id;
    private final String title;
    private final Place place;

    /**
     * @param id    short and unique: the chart's node is {@code "chart-" + id}, its exported image {@code id}
     * @param title what the chart's header says
     */
    protected RunChart(String id, String title, Place place) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.place = Objects.requireNonNull(place, "place");
    }

    public final String id() {
        return id;
    }

    public final String title() {
        return title;
    }

    public final Place place() {
        return place;
    }

    /** The chart's data for a run (a live run's steps so far; later steps are gaps). */
    abstract ChartData build(Input in);

    /** A run measured on a cluster, on {@code in}'s steps, drawn over the chart; none by default. */
    Optional<ChartData> measured(Input in, MeasuredSteps measured) {
        return Optional.empty();
    }
}
