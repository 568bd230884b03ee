package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.DeploymentSettings;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code spec.scheduler}: the engine's knobs (absent ones take the engine defaults, as on the cluster) and the
 * deployment-only settings. {@code creditSensitivity} has no CRD field, so it comes from the base scenario.
 */
final class SchedulerFields {

    static final Set<String> FIELDS = Set.of("targetError", "creditMin", "creditMax", "creditWindow",
            "throttleMin", "throttleIntensityFloor", "throttleIntensityCeiling", "policy", "validFor",
            "discoveryInterval", "carbonTarget", "carbonTimeout", "carbonCacheTTL", "evaluator");
    private static final String AT = "spec.scheduler.";

    private final CrdFields fields;
    private PolicyConfig config;
    private DeploymentSettings deployment = DeploymentSettings.NONE;
    private Optional<String> policy = Optional.empty();

    SchedulerFields(CrdFields fields, double creditSensitivity) {
        this.fields = fields;
        this.config = PolicyConfig.DEFAULTS.withCreditSensitivity(creditSensitivity);
    }

    void read(Node s) {
        fields.reader().warnUnknown(s, "spec.scheduler", FIELDS);
        PolicyConfig d = config;
        config = new PolicyConfig(
                decimal(s, "targetError", d.targetError()),
                decimal(s, "creditMin", d.creditMin()),
                decimal(s, "creditMax", d.creditMax()),
                d.creditSensitivity(),
                orElse(integer(s, "creditWindow"), d.creditWindow()),
                decimal(s, "throttleMin", d.throttleMin()),
                decimal(s, "throttleIntensityFloor", d.throttleIntensityFloor()),
                decimal(s, "throttleIntensityCeiling", d.throttleIntensityCeiling()));
        deployment = new DeploymentSettings(optional(s, "validFor"), optional(s, "discoveryInterval"),
                optional(s, "carbonTimeout"), optional(s, "carbonCacheTTL"),
                Optional.ofNullable(fields.text(s, "carbonTarget", AT + "carbonTarget")),
                Optional.ofNullable(fields.text(s, "evaluator", AT + "evaluator")));
        policy = Optional.ofNullable(fields.text(s, "policy", AT + "policy"));
    }

    PolicyConfig config() {
        return config;
    }

    DeploymentSettings deployment() {
        return deployment;
    }

    Optional<String> policy() {
        return policy;
    }

    private double decimal(Node s, String key, double fallback) {
        fields.alias("config." + key, AT + key);
        Double v = fields.decimal(s, key, AT + key);
        return v == null ? fallback : v;
    }

    private Integer integer(Node s, String key) {
        fields.alias("config." + key, AT + key);
        return fields.integer(s, key, AT + key);
    }

    private OptionalInt optional(Node s, String key) {
        Integer v = integer(s, key);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static int orElse(Integer v, int fallback) {
        return v == null ? fallback : v;
    }
}
