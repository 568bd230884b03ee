package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.Limits;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.List;

/** A scenario read from a file, with the warnings about what was ignored (unknown fields), at most a screenful. */
public record ScenarioRead(Scenario scenario, List<String> warnings) {

    public ScenarioRead {
        warnings = Limits.capWarnings(warnings);
    }
}
