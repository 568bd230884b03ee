package io.carbonrouter.explorer.engine;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the engine knows at one step: carbon intensity now and next (gCO2/kWh), demand now and next
 * (requests), and the forecast schedule from the current slot on. Absent values are empty optionals.
 */
public record ForecastSnapshot(
        OptionalDouble intensityNow,
        OptionalDouble intensityNext,
        OptionalDouble demandNow,
        OptionalDouble demandNext,
        ForecastSchedule schedule) {

    public ForecastSnapshot {
        Objects.requireNonNull(intensityNow, "intensityNow");
        Objects.requireNonNull(intensityNext, "intensityNext");
        Objects.requireNonNull(demandNow, "demandNow");
        Objects.requireNonNull(demandNext, "demandNext");
        Objects.requireNonNull(schedule, "schedule");
    }
}
