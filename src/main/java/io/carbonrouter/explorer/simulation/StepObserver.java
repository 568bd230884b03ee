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

    /**
     * A step through a cluster model, instead of {@link #step}: what the metrics poll counts.
     *
     * @param slot     the forecast slot of the step
     * @param gauge    the intensity the engine was told at the step's evaluation (its carbon cache included)
     * @param requests the requests completed in the step's interval, by the scenario's flavours in order (one
     *                 more bucket at the end: a flavour gone since); read during the call, never keep it
     */
    default void counted(int slot, double gauge, double[] requests) {
    }
}
