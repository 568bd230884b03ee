package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A scenario's scheduler settings and replica bounds as a {@code TrafficSchedule} that {@code kubectl apply}
 * accepts: exactly the CRD's fields, with its types (decimal knobs as quoted strings, counts as integers).
 * What the CRD has no field for is kept in a comment above the resource. Pure: text in, text out.
 */
public final class TrafficScheduleExporter {

    public static final String API_VERSION = "scheduling.carbonrouter.io/v1alpha1";
    public static final String KIND = "TrafficSchedule";
    /** The components a TrafficSchedule can bound, in the order the CRD lists them under spec. */
    public static final List<String> COMPONENTS = List.of("router", "consumer", "target");

    private TrafficScheduleExporter() {
    }

    /**
     * The TrafficSchedule YAML.
     *
     * @throws IllegalArgumentException when the name or namespace break the Kubernetes naming rules, or the
     *                                  scheduler settings or bounds are invalid (the message says which)
     */
    public static String toYaml(Scenario s, String name, String namespace) {
        KubernetesNames.requireValid(name, namespace);
        requireExportable(s);
        StringBuilder out = new StringBuilder();
        ExportComment.write(s, out);
        out.append("apiVersion: ").append(API_VERSION).append('\n')
                .append("kind: ").append(KIND).append('\n')
                .append("metadata:\n")
                .append("  name: ").append(CrdValues.plainOrQuoted(name)).append('\n')
                .append("  namespace: ").append(CrdValues.plainOrQuoted(namespace)).append('\n')
                .append("spec:\n");
        scheduler(s, out);
        for (String component : COMPONENTS) {
            bound(s, component).ifPresent(b -> autoscaling(b, out));
        }
        return out.toString();
    }

    /**
     * The {@code kubectl label deployment} commands that give the operator the scenario's enabled flavours:
     * a comment line stating the Deployment-naming assumption, then one command per flavour.
     *
     * @throws IllegalArgumentException when the namespace is invalid or a flavour's values are out of range
     */
    public static List<String> kubectlLabelLines(Scenario s, String namespace) {
        return FlavourLabels.kubectlLabelLines(s, namespace);
    }

    private static void scheduler(Scenario s, StringBuilder out) {
        PolicyConfig c = s.config();
        DeploymentSettings d = s.deployment();
        out.append("  scheduler:\n");
        string(out, "policy", s.policy());
        decimal(out, "targetError", c.targetError());
        decimal(out, "creditMin", c.creditMin());
        decimal(out, "creditMax", c.creditMax());
        integer(out, "creditWindow", OptionalInt.of(c.creditWindow()));
        decimal(out, "throttleMin", c.throttleMin());
        decimal(out, "throttleIntensityFloor", c.throttleIntensityFloor());
        decimal(out, "throttleIntensityCeiling", c.throttleIntensityCeiling());
        integer(out, "validFor", d.validFor());
        integer(out, "discoveryInterval", d.discoveryInterval());
        d.carbonTarget().ifPresent(v -> string(out, "carbonTarget", v));
        integer(out, "carbonTimeout", d.carbonTimeout());
        integer(out, "carbonCacheTTL", d.carbonCacheTTL());
        d.evaluator().ifPresent(v -> string(out, "evaluator", v));
    }

    private static void autoscaling(ComponentBound b, StringBuilder out) {
        if (b.min().isEmpty() && b.max().isEmpty()) {
            return;
        }
        out.append("  ").append(b.component()).append(":\n    autoscaling:\n");
        b.min().ifPresent(v -> out.append("      minReplicaCount: ").append(v).append('\n'));
        b.max().ifPresent(v -> out.append("      maxReplicaCount: ").append(v).append('\n'));
    }

    private static void decimal(StringBuilder out, String key, double value) {
        string(out, key, CrdValues.decimal(value));
    }

    private static void string(StringBuilder out, String key, String value) {
        out.append("    ").append(key).append(": ").append(CrdValues.quoted(value)).append('\n');
    }

    private static void integer(StringBuilder out, String key, OptionalInt value) {
        value.ifPresent(v -> out.append("    ").append(key).append(": ").append(v).append('\n'));
    }

    static Optional<ComponentBound> bound(Scenario s, String component) {
        return s.componentBounds().stream().filter(b -> b.component().equals(component)).findFirst();
    }

    /** Invalid knobs would make a resource the operator misreads; refuse them with the validator's words. */
    private static void requireExportable(Scenario s) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : ScenarioValidator.validate(s)) {
            if (p.path().startsWith("config") || p.path().startsWith("componentBounds")
                    || p.path().equals("initialBalance")) {
                problems.add(p);
            }
        }
        if (s.policy().isBlank()) {
            problems.add(new Problem("policy", "must name a strategy"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot export: " + problems.stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        }
    }
}
