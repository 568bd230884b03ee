package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.io.schedule.PublishedStatus;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.common.Formats;

/** One step's decision as the operator publishes it in the TrafficSchedule's {@code status}. */
final class DecisionYaml {

    private DecisionYaml() {
    }

    static String of(Scenario scenario, Run run, int t) {
        return PublishedStatus.of(scenario, run, t);
    }
}
