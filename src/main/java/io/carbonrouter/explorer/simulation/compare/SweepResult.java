package io.carbonrouter.explorer.simulation.compare;

import java.util.List;

/**
 * A finished sweep: one row per grid point and strategy, points in grid order and strategies in registry
 * order within a point, whatever thread ran what; the points skipped as invalid; and the optimum's frontier,
 * the same at every point (sweeps leave flavours and curves alone), to draw beside the rows.
 */
public record SweepResult(List<SweepParameter> parameters, List<SweepRow> rows, List<SweepPlan.Skipped> skipped,
                          SavingsFrontier frontier) {

    public SweepResult {
        parameters = List.copyOf(parameters);
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }
}
