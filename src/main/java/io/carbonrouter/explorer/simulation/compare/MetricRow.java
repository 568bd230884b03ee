package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;

/**
 * One strategy's metrics on one scenario, with its regret: how much more the offline optimum saves at the
 * strategy's own mean precision, and its share of the ideal: its savings over the optimum's there (each NaN
 * when undefined).
 */
public record MetricRow(String policy, RunMetrics metrics, double regret, double idealShare) {

    /** The row of a finished run, against the frontier of the scenario it ran on. */
    public static MetricRow of(Run run, SavingsFrontier frontier) {
        return of(run.policy(), run.metrics(), frontier);
    }

    /** The row of a run kept as metrics only. */
    public static MetricRow of(String policy, RunMetrics metrics, SavingsFrontier frontier) {
        return new MetricRow(policy, metrics, frontier.regret(metrics), frontier.idealShare(metrics));
    }

    public double value(Metric metric) {
        return metric.of(this);
    }
}
