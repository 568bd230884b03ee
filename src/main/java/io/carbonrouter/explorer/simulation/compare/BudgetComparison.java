package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.EmissionsUnit;

import java.util.List;

/**
 * Every strategy under the scenario's carbon budget, in registry order, and the offline optimum for it.
 *
 * @param budget      the budget over the run, in the units of {@code RunMetrics.emissions}
 * @param description the budget for people ("1.20 kgCO2 per day (3.60 kgCO2 over the run)")
 * @param unit        how the scenario's emissions read (grams or relative units)
 */
public record BudgetComparison(double budget, String description, EmissionsUnit unit, BudgetOptimum optimum,
                               List<BudgetRow> rows) {

    public BudgetComparison {
        rows = List.copyOf(rows);
    }
}
