package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.StrategyRegistry;

import java.util.function.BooleanSupplier;

/** Runs scenarios through the decision engine. The one code path for the CLI, the GUI and the tests. */
public final class Simulator {

    private final StrategyRegistry registry;

    public Simulator(StrategyRegistry registry) {
        this.registry = registry;
    }

    public StrategyRegistry registry() {
        return registry;
    }

    /** A run of the scenario's own policy, to be advanced step by step. */
    public Simulation start(Scenario scenario) {
        return start(scenario, scenario.policy());
    }

    /** A run of another policy on the same scenario. */
    public Simulation start(Scenario scenario, String policy) {
        return start(scenario, policy, true, null);
    }

    /** As {@link #start(Scenario, String)} on snapshots built once for runs of the same curves. */
    public Simulation start(Scenario scenario, String policy, SnapshotBuilder shared) {
        return start(scenario, policy, true, shared);
    }

    /**
     * A run of the policy that keeps no series: to be {@linkplain Simulation#stream streamed} a chunk at a time
     * (what {@code simulate} writes) or run for its metrics.
     */
    public Simulation startUnrecorded(Scenario scenario, String policy) {
        return start(scenario, policy, false, null);
    }


    /**
     * The metrics of a whole run of the policy, through the same tick loop as {@link #start} but keeping no
     * per-step series: what a comparison or a sweep of long runs needs. {@code cancelled} is polled.
     */
    public RunMetrics metrics(Scenario scenario, String policy, BooleanSupplier cancelled) {
        return metrics(scenario, policy, null, cancelled);
    }

    /**
     * As {@link #metrics(Scenario, String, BooleanSupplier)} on {@code shared} snapshots
     * ({@link SnapshotBuilder#shared}) when they fit the scenario; a run whose curves differ builds its own.
     */
    public RunMetrics metrics(Scenario scenario, String policy, SnapshotBuilder shared, BooleanSupplier cancelled) {
        return start(scenario, policy, false, shared).metricsToEnd(cancelled);
    }

    /**
     * As {@link #metrics(Scenario, String, SnapshotBuilder, BooleanSupplier)}, telling {@code observer} each step.
     */
    public RunMetrics metrics(Scenario scenario, String policy, SnapshotBuilder shared, BooleanSupplier cancelled,
                              StepObserver observer) {
        return start(scenario, policy, false, shared).metricsToEnd(cancelled, observer);
    }

    private Simulation start(Scenario scenario, String policy, boolean keepSeries, SnapshotBuilder shared) {
        if (!registry.contains(policy)) {
            throw new IllegalArgumentException("unknown policy '" + policy + "'; registered: "
                    + String.join(", ", registry.names()));
        }
        return new Simulation(registry, scenario, policy, keepSeries, shared);
    }

    /** The whole timeline at once. */
    public Run run(Scenario scenario) {
        return start(scenario).runToEnd();
    }

    public Run run(Scenario scenario, String policy) {
        return start(scenario, policy).runToEnd();
    }
}
