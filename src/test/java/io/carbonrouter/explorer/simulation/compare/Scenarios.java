package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.List;

/** Scenarios and recomputations the compare tests share. */
final class Scenarios {

    private Scenarios() {
    }

    /** Two days of half-hour slots with a morning and an evening peak, and a demand curve. */
    static Scenario twoDays() {
        double[] intensity = new double[96];
        double[] demand = new double[96];
        for (int t = 0; t < intensity.length; t++) {
            double hour = (t % 48) / 2.0;
            intensity[t] = 120 + 90 * Math.exp(-Math.pow(hour - 8, 2) / 6) + 140 * Math.exp(-Math.pow(hour - 18, 2) / 5)
                    + (t % 7) * 3;
            demand[t] = 60 + 50 * Math.sin(Math.PI * hour / 24) + (t % 5);
        }
        return Scenario.builder().name("two days").intensity(intensity).demand(demand).seed(7).build();
    }

    /** Emissions and p100 emissions recomputed from the run's own weights, as {@code MetricsAccumulator} does. */
    static double savingsFromWeights(Run run, List<FlavourProfile> flavours) {
        FlavourProfile best = null;
        for (FlavourProfile f : flavours) {
            if (f.enabled() && (best == null || f.precision() > best.precision())) {
                best = f;
            }
        }
        double e = 0;
        double e100 = 0;
        for (int t = 0; t < run.steps(); t++) {
            double mix = 0;
            for (FlavourProfile f : flavours) {
                double w = run.weights().value(t, f.name());
                mix += Double.isNaN(w) ? 0 : w * f.carbonIntensity();
            }
            e += run.demandWeight(t) * run.intensity(t) * mix;
            e100 += run.demandWeight(t) * run.intensity(t) * best.carbonIntensity();
        }
        return e100 > 0 ? 1 - e / e100 : 0;
    }
}
