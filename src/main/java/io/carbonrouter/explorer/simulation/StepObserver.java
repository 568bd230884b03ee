package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.Decision;

/**
 * Hears each step of a run that keeps no series ({@link Simulator#metrics(Scenario, String, SnapshotBuilder,
 * BooleanSupplier, StepObserver)}), for metrics summed outside the simulation. The decision is the engine's
 * buffer: read it during the call, never keep it.
 */
@FunctionalInterface
public interface StepObserver {

    StepObserver NONE = (slot, demandWeight, forecast, decision) -> { };

    /**
     * @param slot         the forecast slot of the step
     * @param demandWeight the step's demand as the metrics weigh it ({@link Run#demandWeight})
     * @param forecast     the intensity the engine was told at the step ({@link Run#forecast})
     * @param decision     the step's weights
     */
    void step(int slot, double demandWeight, double forecast, Decision decision);
}
