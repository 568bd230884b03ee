package io.carbonrouter.explorer.lesson;

import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.Objects;

/** What a condition looks at: the scenario on screen and the metrics of its run. */
public record Facts(Scenario scenario, RunMetrics run) {

    public Facts {
        Objects.requireNonNull(scenario);
        Objects.requireNonNull(run);
    }
}
