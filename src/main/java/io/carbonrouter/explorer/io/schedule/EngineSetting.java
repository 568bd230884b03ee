package io.carbonrouter.explorer.io.schedule;

import java.util.Objects;

/**
 * A decision-engine setting that has no TrafficSchedule field: an environment variable of the engine's
 * Deployment, with the value the explored run assumed.
 */
public record EngineSetting(String variable, String value) {

    public EngineSetting {
        Objects.requireNonNull(variable);
        Objects.requireNonNull(value);
    }
}
