package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.StrategyRegistry;

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
        if (!registry.contains(policy)) {
            throw new IllegalArgumentException("unknown policy '" + policy + "'; registered: "
                    + String.join(", ", registry.names()));
        }
        return new Simulation(registry, scenario, policy);
    }

    /** The whole timeline at once. */
    public Run run(Scenario scenario) {
        return start(scenario).runToEnd();
    }

    public Run run(Scenario scenario, String policy) {
        return start(scenario, policy).runToEnd();
    }
}
