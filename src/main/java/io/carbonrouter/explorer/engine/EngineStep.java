package io.carbonrouter.explorer.engine;

/**
 * Everything one engine step produced.
 *
 * @param result         the strategy's decision
 * @param balance        ledger balance after the update
 * @param velocity       ledger velocity after the update
 * @param scaling        throttle and replica ceilings
 * @param flavourWeights integer percentages aligned with {@code result.weights()}
 */
public record EngineStep(PolicyResult result, double balance, double velocity, ScalingDirective scaling,
                         int[] flavourWeights) {
}
