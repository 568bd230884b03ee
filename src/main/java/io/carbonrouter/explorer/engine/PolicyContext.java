package io.carbonrouter.explorer.engine;

/**
 * What a strategy is built with: read access to the ledger and the run's random seed.
 *
 * @param ledger the ledger of the run
 * @param seed   the scenario's seed, for strategies that draw random numbers
 */
public record PolicyContext(LedgerView ledger, long seed) {
}
