package io.carbonrouter.explorer.simulation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * TrafficSchedule {@code spec.scheduler} fields that do not change a run but travel with the scenario to the
 * export (and back from an import).
 */
public record DeploymentSettings(
        OptionalInt validFor,
        OptionalInt discoveryInterval,
        OptionalInt carbonTimeout,
        OptionalInt carbonCacheTTL,
        Optional<String> carbonTarget,
        Optional<String> evaluator) {

    public static final DeploymentSettings NONE = new DeploymentSettings(OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

    public DeploymentSettings {
        Objects.requireNonNull(validFor);
        Objects.requireNonNull(discoveryInterval);
        Objects.requireNonNull(carbonTimeout);
        Objects.requireNonNull(carbonCacheTTL);
        Objects.requireNonNull(carbonTarget);
        Objects.requireNonNull(evaluator);
    }

    public DeploymentSettings withValidFor(OptionalInt v) {
        return new DeploymentSettings(v, discoveryInterval, carbonTimeout, carbonCacheTTL, carbonTarget, evaluator);
    }
}
