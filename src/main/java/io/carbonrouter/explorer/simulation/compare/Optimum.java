package io.carbonrouter.explorer.simulation.compare;

import java.util.Locale;

/**
 * The offline optimum at one target precision: the most carbon any per-slot mix of the enabled flavours can
 * save while the demand-weighted mean precision stays at or above the target. When the target is above the
 * best flavour's precision no mix reaches it: {@code reachable} is false, the numbers are NaN and
 * {@code message} says why.
 *
 * @param targetPrecision the precision asked for, in [0, 1]
 * @param meanPrecision   the optimal mix's mean precision (the target, or more when reaching it is free)
 * @param savings         1 - emissions / p100 emissions
 * @param emissions       the optimal mix's emissions, in the units of {@code RunMetrics.emissions}
 */
public record Optimum(boolean reachable, double targetPrecision, double meanPrecision, double savings,
                      double emissions, String message) {

    static Optimum reached(double target, double meanPrecision, double savings, double emissions) {
        return new Optimum(true, target, meanPrecision, savings, emissions, "");
    }

    static Optimum outOfReach(double target, double best, String bestName) {
        String message = String.format(Locale.ROOT,
                "target precision %s is out of reach: the most precise enabled flavour, %s, has %s",
                Percent.of(target), bestName, Percent.of(best));
        return new Optimum(false, target, Double.NaN, Double.NaN, Double.NaN, message);
    }
}
