package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;

/**
 * One strategy's metrics on one scenario, with its regret: how much more the offline optimum saves at the
 * strategy's own mean precision, its share of the ideal: its savings over the optimum's there (each NaN
 * when undefined), and the upstream notebooks' metrics of the same run ({@link NotebookMetrics#NONE} where
 * nothing computed them).
 */
public record MetricRow(String policy, RunMetrics metrics, double regret, double idealShare,
        NotebookMetrics notebook) {

    /** A row without the notebooks' metrics. */
    public MetricRow(String policy, RunMetrics metrics, double regret, double idealShare) {
        this(policy, metrics, regret, idealShare, NotebookMetrics.NONE);
    }

    /** This row with the notebooks' metrics of its run. */
    public MetricRow withNotebook(NotebookMetrics n) {
        return new MetricRow(policy, metrics, regret, idealShare, n);
    }

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
