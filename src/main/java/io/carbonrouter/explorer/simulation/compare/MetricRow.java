package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;

/**
 * One strategy's metrics on one scenario, with its regret: how much more the offline optimum saves at the
 * strategy's own mean precision (NaN when that is undefined).
 */
public record MetricRow(String policy, RunMetrics metrics, double regret) {

    /** The row of a finished run, against the frontier of the scenario it ran on. */
    public static MetricRow of(Run run, SavingsFrontier frontier) {
        RunMetrics m = run.metrics();
        return new MetricRow(run.policy(), m, frontier.regret(m));
    }

    public double value(Metric metric) {
        return metric.of(this);
    }
}
