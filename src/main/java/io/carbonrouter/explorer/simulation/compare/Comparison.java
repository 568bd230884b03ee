package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Run;

import java.util.List;

/**
 * Every strategy on one scenario: the runs (for charts), one metric row each in registry order, the
 * frontier of the offline optimum and the optimum at the scenario's target precision.
 */
public record Comparison(List<Run> runs, List<MetricRow> rows, SavingsFrontier frontier, Optimum optimum) {

    public Comparison {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }
}
