package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A scenario as a {@code TrafficSchedule} the operator runs as it is: exactly the CRD's fields with its types
 * (decimal knobs as quoted strings, counts as integers), and every component's autoscaling complete, since the
 * operator dereferences the CPU trigger and the router's max without a check. What only the engine's environment
 * or the explorer knows goes into a comment above the resource. Pure: text in, text out.
 */
public final class TrafficScheduleExporter {

    public static final String API_VERSION = "scheduling.carbonrouter.io/v1alpha1";
    public static final String KIND = "TrafficSchedule";
    /** The components a TrafficSchedule configures, in the order the export writes them. */
    public static final List<String> COMPONENTS = List.of("router", "consumer", "target");
    /** Replica bounds of the upstream demo, for a component the scenario leaves unbounded. */
    private static final Map<String, int[]> DEMO_BOUNDS =
            Map.of("router", new int[] {1, 15}, "consumer", new int[] {1, 12}, "target", new int[] {1, 12});

    private TrafficScheduleExporter() {
    }

    /** The TrafficSchedule YAML with the engine environment of {@link #environment}. */
    public static String toYaml(Scenario s, String name, String namespace) {
        return toYaml(s, name, namespace, environment(s));
    }

    /**
     * The TrafficSchedule YAML, its leading comment listing {@code environment} and the {@link #warnings}.
     *
     * @throws IllegalArgumentException when the name or namespace break the Kubernetes naming rules, or the
     *                                  scheduler settings or bounds are invalid (the message says which)
     */
    public static String toYaml(Scenario s, String name, String namespace, List<EngineSetting> environment) {
        KubernetesNames.requireValid(name, namespace);
        requireExportable(s);
        StringBuilder out = new StringBuilder();
        ExportComment.write(s, environment, warnings(s, name), out);
        out.append("apiVersion: ").append(API_VERSION).append('\n')
                .append("kind: ").append(KIND).append('\n')
                .append("metadata:\n")
                .append("  name: ").append(CrdValues.plainOrQuoted(name)).append('\n')
                .append("  namespace: ").append(CrdValues.plainOrQuoted(namespace)).append('\n')
                .append("spec:\n");
        scheduler(s, out);
        for (String component : COMPONENTS) {
            component(component, bounds(s, component), s.deployment().component(component), out);
        }
        return out.toString();
    }

    /** The {@code kubectl set env} command that gives the deployed engine these settings. */
    public static String setEnvCommand(List<EngineSetting> environment) {
        return ExportComment.setEnvCommand(environment);
    }

    /** The engine settings the run assumed that only the engine Deployment's environment can carry. */
    public static List<EngineSetting> environment(Scenario s) {
        List<EngineSetting> out = new ArrayList<>();
        out.add(new EngineSetting("CREDIT_SENSITIVITY", GoFloat.format(s.config().creditSensitivity())));
        evaluationInterval(s).ifPresent(seconds -> out.add(new EngineSetting("SCHEDULE_EVAL_INTERVAL_SEC",
                Long.toString(Math.max(1, Math.round(seconds))))));
        out.add(new EngineSetting("THROTTLE_GREEN_BLEND", GoFloat.format(DeployedEngine.GREEN_BLEND)));
        out.add(new EngineSetting("THROTTLE_GREEN_OVERRIDE_THRESHOLD",
                GoFloat.format(DeployedEngine.GREEN_OVERRIDE_THRESHOLD)));
        return List.copyOf(out);
    }

    /** The deployment loop's interval when it is not the deployed engine's default. */
    private static Optional<Double> evaluationInterval(Scenario s) {
        return s.loop().map(DeploymentLoop::evaluationSeconds)
                .filter(e -> e != DeploymentLoop.AS_DEPLOYED.evaluationSeconds());
    }

    /**
     * What would make the exported resource behave unlike the explored run on the cluster: a name the router
     * and consumer never read, a policy the deployed engine lacks, flavours the operator merges or renames,
     * bounds filled in from the upstream demo.
     */
    public static List<String> warnings(Scenario s, String name) {
        List<String> out = new ArrayList<>();
        if (!DeployedEngine.SCHEDULE_NAME.equals(name)) {
            out.add("metadata.name '" + name + "' is not " + DeployedEngine.SCHEDULE_NAME + ": the operator starts"
                    + " the router and consumer with TS_NAME=" + DeployedEngine.SCHEDULE_NAME
                    + ", so they never read this resource");
        }
        evaluationInterval(s).filter(e -> e != Math.rint(e) || e < 1).ifPresent(e -> out.add(
                "deployment.evaluationSeconds " + GoFloat.format(e) + " is not a whole number of seconds: the engine"
                        + " reads SCHEDULE_EVAL_INTERVAL_SEC as an integer, so the comment rounds it to "
                        + Math.max(1, Math.round(e))));
        if (!DeployedEngine.hasPolicy(s.policy())) {
            out.add("spec.scheduler.policy: " + DeployedEngine.missingPolicy(s.policy()));
        }
        for (String component : COMPONENTS) {
            Optional<ComponentBound> b = bound(s, component);
            int[] demo = DEMO_BOUNDS.get(component);
            if (b.isEmpty() || b.get().min().isEmpty() || b.get().max().isEmpty()) {
                out.add("componentBounds." + component + ": " + (b.isEmpty() ? "none" : "incomplete")
                        + " in the scenario; the export fills in the upstream demo's " + demo[0] + ".." + demo[1]
                        + ", which the run did not simulate");
            }
        }
        out.addAll(labelWarnings(s));
        return out;
    }

    /** Enabled flavours the operator would merge (same integer percent) or name differently. */
    public static List<String> labelWarnings(Scenario s) {
        return FlavourLabels.warnings(s);
    }

    /**
     * The {@code kubectl label deployment} commands that give the operator the scenario's enabled flavours: a
     * comment line on the Deployment-naming assumption, then one command per flavour with all three labels.
     *
     * @throws IllegalArgumentException when the namespace is invalid or a flavour's values are out of range
     */
    public static List<String> kubectlLabelLines(Scenario s, String namespace, Optional<String> service) {
        return FlavourLabels.kubectlLabelLines(s, namespace, service);
    }

    public static List<String> kubectlLabelLines(Scenario s, String namespace) {
        return kubectlLabelLines(s, namespace, Optional.empty());
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

    private static void component(String component, int[] bounds, ComponentSettings c, StringBuilder out) {
        out.append("  ").append(component).append(":\n    autoscaling:\n")
                .append("      minReplicaCount: ").append(bounds[0]).append('\n')
                .append("      maxReplicaCount: ").append(bounds[1]).append('\n')
                .append("      cooldownPeriod: ").append(c.cooldownPeriod()).append('\n')
                .append("      cpuUtilization: ").append(c.cpuUtilization()).append('\n');
        if (c.hasResources()) {
            out.append("    resources:\n");
            quantities("requests", c.requests(), out);
            quantities("limits", c.limits(), out);
        }
        if (c.debug()) {
            out.append("    debug: true\n");
        }
    }

    private static void quantities(String key, Map<String, String> values, StringBuilder out) {
        if (values.isEmpty()) {
            return;
        }
        out.append("      ").append(key).append(":\n");
        values.forEach((resource, quantity) -> out.append("        ").append(CrdValues.plainOrQuoted(resource))
                .append(": ").append(CrdValues.quoted(quantity)).append('\n'));
    }

    /** The scenario's bounds, with the demo's for what it leaves out (see {@link #warnings}). */
    private static int[] bounds(Scenario s, String component) {
        int[] demo = DEMO_BOUNDS.get(component);
        Optional<ComponentBound> b = bound(s, component);
        int max = b.flatMap(x -> box(x.max())).orElse(demo[1]);
        return new int[] {b.flatMap(x -> box(x.min())).orElse(Math.min(demo[0], max)), max};
    }

    private static Optional<Integer> box(OptionalInt v) {
        return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
    }

    private static void decimal(StringBuilder out, String key, double value) {
        string(out, key, GoFloat.format(value));
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
        if (DeployedEngine.EXPLORER_ONLY.contains(s.policy())) {
            problems.add(new Problem("policy", s.policy() + " is an explorer strategy (an optimiser over the"
                    + " forecast) that the operator cannot run; export the heuristic you would deploy"));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot export: " + problems.stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        }
    }
}
