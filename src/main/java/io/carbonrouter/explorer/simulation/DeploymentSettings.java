package io.carbonrouter.explorer.simulation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * TrafficSchedule fields that do not change a run but travel with the scenario to the export (and back from an
 * import): the deployment-only {@code spec.scheduler} fields, and per component the settings the operator
 * needs beside the replica bounds.
 *
 * @param components settings by component name (router, consumer, target); a missing one takes
 *                   {@link ComponentSettings#defaults}; entries equal to the defaults are dropped, so
 *                   settings compare equal however they were written
 */
public record DeploymentSettings(
        OptionalInt validFor,
        OptionalInt discoveryInterval,
        OptionalInt carbonTimeout,
        OptionalInt carbonCacheTTL,
        Optional<String> carbonTarget,
        Optional<String> evaluator,
        Map<String, ComponentSettings> components) {

    public static final DeploymentSettings NONE = new DeploymentSettings(OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

    public DeploymentSettings {
        Objects.requireNonNull(validFor);
        Objects.requireNonNull(discoveryInterval);
        Objects.requireNonNull(carbonTimeout);
        Objects.requireNonNull(carbonCacheTTL);
        Objects.requireNonNull(carbonTarget);
        Objects.requireNonNull(evaluator);
        components = withoutDefaults(components);
    }

    /** Scheduler fields only; every component keeps its defaults. */
    public DeploymentSettings(OptionalInt validFor, OptionalInt discoveryInterval, OptionalInt carbonTimeout,
                              OptionalInt carbonCacheTTL, Optional<String> carbonTarget, Optional<String> evaluator) {
        this(validFor, discoveryInterval, carbonTimeout, carbonCacheTTL, carbonTarget, evaluator, Map.of());
    }

    /** The component's settings, or the upstream demo's defaults when the scenario has none for it. */
    public ComponentSettings component(String name) {
        return components.getOrDefault(name, ComponentSettings.defaults(name));
    }

    public DeploymentSettings withValidFor(OptionalInt v) {
        return new DeploymentSettings(v, discoveryInterval, carbonTimeout, carbonCacheTTL, carbonTarget, evaluator,
                components);
    }

    public DeploymentSettings withComponent(String name, ComponentSettings settings) {
        Map<String, ComponentSettings> next = new LinkedHashMap<>(components);
        next.put(name, settings);
        return withComponents(next);
    }

    public DeploymentSettings withComponents(Map<String, ComponentSettings> next) {
        return new DeploymentSettings(validFor, discoveryInterval, carbonTimeout, carbonCacheTTL, carbonTarget,
                evaluator, next);
    }

    private static Map<String, ComponentSettings> withoutDefaults(Map<String, ComponentSettings> m) {
        Map<String, ComponentSettings> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!v.equals(ComponentSettings.defaults(k))) {
                out.put(k, v);
            }
        });
        return Map.copyOf(out);
    }
}
