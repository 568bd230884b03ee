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
        double e = 0;
        double e100 = 0;
        double demand = 0;
        double weighted = 0;
        double below = 0;
        double minP = Double.POSITIVE_INFINITY;
        double minB = Double.POSITIVE_INFINITY;
        double maxB = Double.NEGATIVE_INFINITY;
        int atLimit = 0;
        double throttle = 0;
        for (int t = 0; t < steps; t++) {
            double d = run.demandWeight(t);
            double p = run.avgPrecision(t);
            e += run.emissions(t);
            e100 += run.baselineEmissions(t);
            demand += d;
            weighted += d * p;
            if (p < run.targetPrecision(t)) {
                below += d;
            }
            minP = Math.min(minP, p);
            double b = run.balance(t);
            minB = Math.min(minB, b);
            maxB = Math.max(maxB, b);
            if (b <= run.creditMin(t)) {
                atLimit++;
            }
            throttle += run.throttle(t);
        }
        if (steps == 0) {
            return new RunMetrics(0, 0, 0, 0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, 0,
                    Double.NaN);
        }
        double savings = e100 > 0 ? 1.0 - e / e100 : 0.0;
        double meanPrecision = demand > 0 ? weighted / demand : plainMean(run, steps);
        return new RunMetrics(steps, e, e100, savings, meanPrecision, minP,
                demand > 0 ? below / demand : 0.0, run.balance(steps - 1), minB, maxB,
                (double) atLimit / steps, throttle / steps);
    }

    /** With no demand at all every step weighs the same. */
    private static double plainMean(Run run, int steps) {
        double sum = 0;
        for (int t = 0; t < steps; t++) {
            sum += run.avgPrecision(t);
        }
        return sum / steps;
    }
}
