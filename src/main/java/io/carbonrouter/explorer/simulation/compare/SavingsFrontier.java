package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.RunMetrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The offline optimum for every target precision: savings as a piecewise-linear, concave function of the
 * target, from the cheapest mix's precision ({@link #lowPrecision()}) up to the best flavour's
 * ({@link #topPrecision()}). Below the low end the cheapest mix already qualifies, so savings stay flat;
 * above the top end nothing qualifies. Immutable.
 */
public final class SavingsFrontier {

    /** Targets this far above the top precision still count as the top (rounding in mean precisions). */
    static final double TOLERANCE = 1e-9;

    private final double[] precision;
    private final double[] emissions;
    private final double baselineEmissions;
    private final String topFlavour;

    SavingsFrontier(double[] precision, double[] emissions, double baselineEmissions, String topFlavour) {
        this.precision = precision;
        this.emissions = emissions;
        this.baselineEmissions = baselineEmissions;
        this.topFlavour = topFlavour;
    }

    /** One corner of the frontier. */
    public record Point(double precision, double savings, double emissions) {
    }

    /** The corners in rising precision (falling savings); straight lines join them. */
    public List<Point> points() {
        List<Point> out = new ArrayList<>(precision.length);
        for (int i = 0; i < precision.length; i++) {
            out.add(new Point(precision[i], savingsOf(emissions[i]), emissions[i]));
        }
        return out;
    }

    /** Mean precision of the cheapest mix: every lower target gets this mix's savings. */
    public double lowPrecision() {
        return precision[0];
    }

    /** The best enabled flavour's precision: the highest target within reach. */
    public double topPrecision() {
        return precision[precision.length - 1];
    }

    /** Emissions of putting all traffic on the first most precise enabled flavour (the p100 baseline). */
    public double baselineEmissions() {
        return baselineEmissions;
    }

    /** The optimum at a target precision, or why it is out of reach. */
    public Optimum at(double target) {
        if (Double.isNaN(target)) {
            throw new IllegalArgumentException("target precision must be a number");
        }
        if (target > topPrecision() + TOLERANCE) {
            return Optimum.outOfReach(target, topPrecision(), topFlavour);
        }
        double p = Math.min(target, topPrecision());
        if (p <= precision[0]) {
            return Optimum.reached(target, precision[0], savingsOf(emissions[0]), emissions[0]);
        }
        int j = Arrays.binarySearch(precision, p);
        if (j >= 0) {
            while (j > 0 && precision[j - 1] == p) {
                j--;
            }
            return Optimum.reached(target, p, savingsOf(emissions[j]), emissions[j]);
        }
        j = -j - 1;
        // precision[j - 1] < p < precision[j]: the optimum moves along one edge, linearly in emissions.
        double fraction = (p - precision[j - 1]) / (precision[j] - precision[j - 1]);
        double e = emissions[j - 1] + fraction * (emissions[j] - emissions[j - 1]);
        return Optimum.reached(target, p, savingsOf(e), e);
    }

    /** The optimum's savings at a target precision; empty when out of reach. */
    public OptionalDouble savingsAt(double target) {
        Optimum o = at(target);
        return o.reachable() ? OptionalDouble.of(o.savings()) : OptionalDouble.empty();
    }

    /**
     * How much more the optimum saves at the run's own mean precision than the run does (at least 0 up to
     * rounding); NaN when the run has no mean precision or claims one beyond the best flavour.
     */
    public double regret(RunMetrics metrics) {
        double mean = metrics.meanPrecision();
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        OptionalDouble best = savingsAt(mean);
        return best.isPresent() ? best.getAsDouble() - metrics.savings() : Double.NaN;
    }

    private double savingsOf(double e) {
        return baselineEmissions > 0 ? 1.0 - e / baselineEmissions : 0.0;
    }
}
