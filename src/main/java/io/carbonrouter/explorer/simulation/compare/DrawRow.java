package io.carbonrouter.explorer.simulation.compare;

/**
 * One strategy over forecast error draws.
 *
 * @param savings        savings (share of the p100 emissions) over the draws
 * @param meanPrecision  demand-weighted mean precision over the draws
 * @param perfectSavings savings when the engine sees the actual curve
 * @param forecastCost   what the forecast error costs: perfect savings minus the mean savings of the draws
 * @param idealShare     each draw's savings over the offline optimum's at that draw's mean precision
 *                       ({@link SavingsFrontier#idealShare}); NaN throughout where the optimum saves nothing
 * @param perfectIdealShare the share of the ideal with the actual curve as forecast
 */
public record DrawRow(String policy, Band savings, Band meanPrecision, double perfectSavings, double forecastCost,
                      Band idealShare, double perfectIdealShare) {
}
