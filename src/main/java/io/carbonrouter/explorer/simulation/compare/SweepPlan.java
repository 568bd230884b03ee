package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Scenario;

import java.util.List;

/**
 * A checked sweep: the grid points that will run, each with a scenario found valid ({@code ScenarioValidator}; a
 * sweep runs them unchecked), and those skipped because they make the scenario invalid.
 */
public record SweepPlan(SweepSpec spec, Scenario base, List<SweepPoint> points, List<Skipped> skipped) {

    public SweepPlan {
        points = List.copyOf(points);
        skipped = List.copyOf(skipped);
    }

    /** A grid point left out, with the scenario problem it would cause. */
    public record Skipped(int index, List<Double> values, String label, String reason) {

        public Skipped {
            values = List.copyOf(values);
        }

        /** {@code skipped creditMin=0.5, creditMax=0.5: config.creditMin: ...}: one warning line. */
        public String warning() {
            return "skipped " + label + ": " + reason;
        }
    }
}
