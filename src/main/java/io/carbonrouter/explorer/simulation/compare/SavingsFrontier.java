package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.RunMetrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
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

    /**
     * The optimum for a budget: the most precision for at most {@code budget} emissions, read off the same
     * corners as {@link #at}. Emissions rise with precision along the frontier, so this is the inverse of
     * {@code at(P).emissions()} wherever that rises (everywhere when no slot has zero intensity).
     *
     * @param unitOfBudget how to write an amount of emissions for the out-of-reach message
     */
    public BudgetOptimum atBudget(double budget, DoubleFunction<String> unitOfBudget) {
        if (Double.isNaN(budget)) {
            throw new IllegalArgumentException("budget must be a number");
        }
        if (budget < emissions[0] * (1 - TOLERANCE)) {
            return BudgetOptimum.outOfReach(budget, "budget " + unitOfBudget.apply(budget) + " over the run is out"
                    + " of reach: the least emissions any strategy can reach are " + unitOfBudget.apply(emissions[0])
                    + " (the cheapest flavour in every slot)");
        }
        int last = emissions.length - 1;
        if (budget >= emissions[last]) {
            return BudgetOptimum.reached(budget, precision[last], savingsOf(emissions[last]), emissions[last]);
        }
        // The last corner within the budget, then along the next edge as far as the budget goes.
        int j = 0;
        while (j < last && emissions[j + 1] <= budget) {
            j++;
        }
        if (j == last || emissions[j] >= budget) {
            return BudgetOptimum.reached(budget, precision[j], savingsOf(emissions[j]), emissions[j]);
        }
        double fraction = (budget - emissions[j]) / (emissions[j + 1] - emissions[j]);
        double p = precision[j] + fraction * (precision[j + 1] - precision[j]);
        return BudgetOptimum.reached(budget, p, savingsOf(budget), budget);
    }

    /**
     * The share of the ideal a run reaches: its savings over the optimum's savings at the run's own mean
     * precision. NaN when either is undefined or the optimum saves nothing there (no room to save at all).
     */
    public double idealShare(RunMetrics metrics) {
        double mean = metrics.meanPrecision();
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        OptionalDouble best = savingsAt(mean);
        return best.isPresent() && best.getAsDouble() > TOLERANCE ? metrics.savings() / best.getAsDouble()
                : Double.NaN;
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
