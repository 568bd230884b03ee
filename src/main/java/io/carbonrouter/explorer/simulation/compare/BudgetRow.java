package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.RunMetrics;

/**
 * One strategy under a carbon budget: the run with the highest mean precision that kept the budget, found by
 * searching the strategy's targetError, or, when no targetError keeps it, the run with the least emissions.
 *
 * @param targetError the targetError of that run
 * @param kept        whether its emissions are within the budget
 * @param idealShare  its mean precision over the budget optimum's; NaN when it did not keep the budget
 * @param runs        how many runs the search took (at most {@link BudgetSearch#MAX_RUNS})
 */
public record BudgetRow(String policy, double targetError, RunMetrics metrics, boolean kept, double idealShare,
                        int runs) {
}
