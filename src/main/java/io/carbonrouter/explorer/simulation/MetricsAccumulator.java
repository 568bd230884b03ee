package io.carbonrouter.explorer.simulation;

/**
 * Sums the run metrics tick by tick, so a run that keeps no series still gets the same numbers as one that
 * does: {@link RunMetrics#of} feeds a recorded run through the same sums in the same order.
 */
final class MetricsAccumulator {

    private int steps;
    private double e;
    private double e100;
    private double demand;
    private double weighted;
    private double plain;
    private double below;
    private double minP = Double.POSITIVE_INFINITY;
    private double minB = Double.POSITIVE_INFINITY;
    private double maxB = Double.NEGATIVE_INFINITY;
    private int atLimit;
    private double throttle;
    private double lastBalance = Double.NaN;

    void add(double d, double p, double emissions, double baseline, double target, double balance,
             double creditMin, double throttleNow) {
        steps++;
        e += emissions;
        e100 += baseline;
        demand += d;
        weighted += d * p;
        plain += p;
        if (p < target) {
            below += d;
        }
        minP = Math.min(minP, p);
        minB = Math.min(minB, balance);
        maxB = Math.max(maxB, balance);
        if (balance <= creditMin) {
            atLimit++;
        }
        throttle += throttleNow;
        lastBalance = balance;
    }

    /** Adds every recorded step of a run, in order. */
    void addSteps(Run run) {
        for (int t = 0; t < run.steps(); t++) {
            add(run.demandWeight(t), run.meteredPrecision(t), run.emissions(t), run.baselineEmissions(t),
                    run.targetPrecision(t), run.balance(t), run.creditMin(t), run.throttle(t));
        }
    }

    RunMetrics metrics() {
        if (steps == 0) {
            return new RunMetrics(0, 0, 0, 0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, 0,
                    Double.NaN);
        }
        double savings = e100 > 0 ? 1.0 - e / e100 : 0.0;
        // With no demand at all every step weighs the same.
        double meanPrecision = demand > 0 ? weighted / demand : plain / steps;
        return new RunMetrics(steps, e, e100, savings, meanPrecision, minP, demand > 0 ? below / demand : 0.0,
                lastBalance, minB, maxB, (double) atLimit / steps, throttle / steps);
    }
}
