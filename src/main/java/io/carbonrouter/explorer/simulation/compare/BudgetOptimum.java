package io.carbonrouter.explorer.simulation.compare;

/**
 * The offline optimum for a carbon budget, the dual of {@link Optimum}: the highest demand-weighted mean
 * precision any per-slot mix of the enabled flavours reaches with at most {@code budget} emissions and
 * perfect foresight. Below the cheapest mix's emissions no mix keeps the budget: {@code reachable} is false,
 * the numbers are NaN and {@code message} says the least emissions any strategy can reach.
 *
 * @param budget        the budget over the run, in the units of {@code RunMetrics.emissions}
 * @param meanPrecision the optimal mix's mean precision
 * @param savings       1 - emissions / p100 emissions
 * @param emissions     the optimal mix's emissions (at most the budget)
 */
public record BudgetOptimum(boolean reachable, double budget, double meanPrecision, double savings,
                            double emissions, String message) {

    static BudgetOptimum reached(double budget, double meanPrecision, double savings, double emissions) {
        return new BudgetOptimum(true, budget, meanPrecision, savings, emissions, "");
    }

    static BudgetOptimum outOfReach(double budget, String message) {
        return new BudgetOptimum(false, budget, Double.NaN, Double.NaN, Double.NaN, message);
    }
}
