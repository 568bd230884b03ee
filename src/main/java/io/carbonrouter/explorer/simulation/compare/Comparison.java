package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Run;

import java.util.List;
import java.util.Optional;

/**
 * Every strategy on one scenario: the runs (for charts), one metric row each in registry order, the
 * frontier of the offline optimum and the optimum at the scenario's target precision; with a carbon budget
 * in the scenario, every strategy under it too.
 */
public record Comparison(List<Run> runs, List<MetricRow> rows, SavingsFrontier frontier, Optimum optimum,
                         Optional<BudgetComparison> budget) {

    public Comparison {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }
}
