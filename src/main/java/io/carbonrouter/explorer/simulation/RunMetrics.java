package io.carbonrouter.explorer.simulation;

/**
 * The metrics of a run, as {@link MetricsAccumulator} sums them. Emissions are in demand x gCO2/kWh x carbon
 * factor units (README "Emissions units"); savings are relative to putting all traffic on the highest-precision
 * enabled flavour.
 */
public record RunMetrics(
        int steps,
        double emissions,
        double baselineEmissions,
        double savings,
        double meanPrecision,
        double minPrecision,
        double shareBelowTarget,
        double finalBalance,
        double minBalance,
        double maxBalance,
        double shareAtDebtLimit,
        double meanThrottle) {

    /** Metrics of the steps of a run. */
    static RunMetrics of(Run run) {
        MetricsAccumulator sums = new MetricsAccumulator();
        sums.addSteps(run);
        return sums.metrics();
    }
}
