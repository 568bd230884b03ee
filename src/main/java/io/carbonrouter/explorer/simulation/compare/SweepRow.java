package io.carbonrouter.explorer.simulation.compare;

/** One strategy at one grid point: the point (values and scenario) and the strategy's metrics there. */
public record SweepRow(SweepPoint point, MetricRow metrics) {

    public String policy() {
        return metrics.policy();
    }
}
