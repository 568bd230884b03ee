package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.simulation.Limits;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.List;
import java.util.Objects;

/**
 * A TrafficSchedule read into a scenario.
 *
 * @param scenario the scenario carrying the resource's scheduler settings and replica bounds
 * @param ignored  paths of fields a TrafficSchedule may hold but a scenario does not use (status,
 *                 metadata.managedFields, spec.router.resources, ...): status, metadata, then router,
 *                 consumer and target
 * @param warnings things the user should know: unknown fields, values typed unlike the CRD, fallbacks
 */
public record ImportResult(Scenario scenario, List<String> ignored, List<String> warnings) {

    public ImportResult {
        Objects.requireNonNull(scenario);
        ignored = List.copyOf(ignored);
        warnings = Limits.capWarnings(warnings);
    }
}
