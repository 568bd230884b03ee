package io.carbonrouter.explorer.simulation.compare;

import java.util.List;

/**
 * A finished sweep: one row per grid point and strategy, points in grid order and strategies in registry
 * order within a point, whatever thread ran what; and the points skipped as invalid.
 */
public record SweepResult(List<SweepParameter> parameters, List<SweepRow> rows, List<SweepPlan.Skipped> skipped) {

    public SweepResult {
        parameters = List.copyOf(parameters);
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }
}
