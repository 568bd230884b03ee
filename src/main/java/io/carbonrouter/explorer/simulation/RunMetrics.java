package io.carbonrouter.explorer.simulation;

/**
 * The metrics of a run (DESIGN.md "Metrics of a run"). Emissions are in demand x gCO2/kWh x carbon factor
 * units; savings are relative to putting all traffic on the highest-precision enabled flavour.
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

    /** Metrics of the first {@code steps} steps of a run. */
    static RunMetrics of(Run run, int steps) {
        MetricsAccumulator sums = new MetricsAccumulator();
        for (int t = 0; t < steps; t++) {
            sums.add(run.demandWeight(t), run.avgPrecision(t), run.emissions(t), run.baselineEmissions(t),
                    run.targetPrecision(t), run.balance(t), run.creditMin(t), run.throttle(t));
        }
        return sums.metrics();
    }
}
