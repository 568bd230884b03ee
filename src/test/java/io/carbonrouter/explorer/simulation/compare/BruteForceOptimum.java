package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.FlavourProfile;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The optimum LP solved by enumerating its vertices, independently of the greedy: with T slot equalities
 * and one precision constraint, a basic solution has at most T + 1 non-zero variables, so either every
 * slot is pure or exactly one slot mixes two flavours and the precision constraint binds.
 */
final class BruteForceOptimum {

    private static final double FEASIBLE = 1e-12;

    private BruteForceOptimum() {
    }

    /** The optimum's savings at target P; empty when no mix reaches it. */
    static OptionalDouble savings(double[] demand, double[] intensity, List<FlavourProfile> flavours,
                                  double target) {
        List<FlavourProfile> e = flavours.stream().filter(FlavourProfile::enabled).toList();
        // Above the best flavour nothing is in reach, as Optimum defines it, even when no slot has demand
        // (which would make every target trivially feasible).
        if (target > e.stream().mapToDouble(FlavourProfile::precision).max().orElseThrow()
                + SavingsFrontier.TOLERANCE) {
            return OptionalDouble.empty();
        }
        int slots = demand.length;
        double totalDemand = 0;
        double carbonWeight = 0;
        for (int t = 0; t < slots; t++) {
            totalDemand += demand[t];
            carbonWeight += demand[t] * intensity[t];
        }
        double need = target * totalDemand;
        double best = Double.POSITIVE_INFINITY;
        int combos = (int) Math.pow(e.size(), slots);
        for (int code = 0; code < combos; code++) {
            int[] pick = decode(code, e.size(), slots);
            double q = 0;
            double em = 0;
            for (int t = 0; t < slots; t++) {
                q += demand[t] * e.get(pick[t]).precision();
                em += demand[t] * intensity[t] * e.get(pick[t]).carbonIntensity();
            }
            if (q >= need - FEASIBLE) {
                best = Math.min(best, em);
            }
            for (int s = 0; s < slots; s++) {
                if (demand[s] <= 0) {
                    continue;
                }
                FlavourProfile g = e.get(pick[s]);
                double qRest = q - demand[s] * g.precision();
                double eRest = em - demand[s] * intensity[s] * g.carbonIntensity();
                for (FlavourProfile f : e) {
                    if (f.precision() == g.precision()) {
                        continue;
                    }
                    double gap = need - qRest - demand[s] * g.precision();
                    double x = gap / (demand[s] * (f.precision() - g.precision()));
                    if (x >= 0 && x <= 1) {
                        double c = x * f.carbonIntensity() + (1 - x) * g.carbonIntensity();
                        best = Math.min(best, eRest + demand[s] * intensity[s] * c);
                    }
                }
            }
        }
        if (best == Double.POSITIVE_INFINITY) {
            return OptionalDouble.empty();
        }
        double baseline = baselineCarbon(e) * carbonWeight;
        return OptionalDouble.of(baseline > 0 ? 1 - best / baseline : 0.0);
    }

    private static double baselineCarbon(List<FlavourProfile> enabled) {
        FlavourProfile b = enabled.get(0);
        for (FlavourProfile f : enabled) {
            if (f.precision() > b.precision()) {
                b = f;
            }
        }
        return b.carbonIntensity();
    }

    private static int[] decode(int code, int base, int digits) {
        int[] out = new int[digits];
        for (int i = 0; i < digits; i++) {
            out[i] = code % base;
            code /= base;
        }
        return out;
    }
}
