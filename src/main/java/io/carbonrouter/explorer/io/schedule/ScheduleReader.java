package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One import: walks the resource, collecting the scenario, the ignored paths, warnings and problems. */
final class ScheduleReader {

    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec", "status");
    private static final Set<String> SPEC = Set.of("scheduler", "router", "consumer", "target", "policy");
    private static final Set<String> COMPONENT = Set.of("autoscaling", "debug", "resources");
    private static final Set<String> TARGET = Set.of("autoscaling");
    private static final Set<String> AUTOSCALING =
            Set.of("minReplicaCount", "maxReplicaCount", "cooldownPeriod", "cpuUtilization");
    private static final Set<String> USED_METADATA = Set.of("name", "namespace");

    private final String source;
    private final Scenario base;
    private final FieldReader in = new FieldReader();
    private final CrdFields fields = new CrdFields(in);
    private final List<String> ignored = new ArrayList<>();
    private final Map<String, ComponentSettings> settings = new LinkedHashMap<>();

    ScheduleReader(String source, Scenario base) {
        this.source = source;
        this.base = base;
    }

    ImportResult read(Node document) {
        Node root = unwrapList(document);
        envelope(root);
        Node metadata = metadata(root);
        Node spec = root.get("spec");
        if (spec == null) {
            in.warnings().add("the resource has no spec; the engine defaults apply");
        } else if (!in.isObject(spec, "spec")) {
            throw failure();
        } else {
            in.warnUnknown(spec, "spec", SPEC);
        }
        SchedulerFields scheduler = new SchedulerFields(fields, base.config().creditSensitivity());
        Node schedulerNode = spec == null ? null : spec.get("scheduler");
        if (schedulerNode != null && in.isObject(schedulerNode, "spec.scheduler")) {
            scheduler.read(schedulerNode);
        }
        List<ComponentBound> bounds = bounds(spec);
        Scenario scenario = base.toBuilder()
                .name(name(metadata))
                .description(description(metadata))
                .config(scheduler.config())
                .deployment(scheduler.deployment().withComponents(settings))
                .policy(policy(spec, scheduler))
                .componentBounds(bounds)
                .build();
        validate(scenario);
        return new ImportResult(scenario, ignored, in.warnings());
    }

    /** {@code kubectl get trafficschedules -o yaml} wraps resources in a List; one item is fine. */
    private Node unwrapList(Node root) {
        if (!in.isObject(root, "")) {
            throw failure();
        }
        Node kind = root.get("kind");
        if (kind == null || !"List".equals(kind.text())) {
            return root;
        }
        Node items = root.get("items");
        int count = items == null || items.kind() != Kind.ARRAY ? 0 : items.items().size();
        if (count != 1) {
            in.problem("items", kind, "a List of " + count + " resources; import one, as printed by"
                    + " kubectl get trafficschedule NAME -o yaml");
            throw failure();
        }
        in.warnings().add("a List with one item: importing items[0]");
        Node item = items.items().get(0);
        if (!in.isObject(item, "items[0]")) {
            throw failure();
        }
        return item;
    }

    private void envelope(Node root) {
        Node kind = root.get("kind");
        if (kind == null || !TrafficScheduleExporter.KIND.equals(kind.text())) {
            in.problem("kind", kind == null ? root : kind, "expected " + TrafficScheduleExporter.KIND + ", got "
                    + (kind == null ? "no kind" : FieldReader.describe(kind)));
        }
        Node api = root.get("apiVersion");
        String version = api == null ? null : api.text();
        if (TrafficScheduleImporter.OLDER_API_VERSION.equals(version)) {
            in.warnings().add("apiVersion " + version + " is the older group; an export writes "
                    + TrafficScheduleImporter.CURRENT_API_VERSION);
        } else if (!TrafficScheduleImporter.CURRENT_API_VERSION.equals(version)) {
            in.problem("apiVersion", api == null ? root : api, "expected "
                    + TrafficScheduleImporter.CURRENT_API_VERSION + " (or the older "
                    + TrafficScheduleImporter.OLDER_API_VERSION + "), got "
                    + (api == null ? "no apiVersion" : FieldReader.describe(api)));
        }
        if (!in.problems().isEmpty()) {
            throw failure();
        }
        in.warnUnknown(root, "", TOP);
        if (root.get("status") != null) {
            ignored.add("status");
        }
    }

    private Node metadata(Node root) {
        Node metadata = root.get("metadata");
        if (metadata == null || !in.isObject(metadata, "metadata")) {
            return null;
        }
        metadata.fields().keySet().stream().filter(k -> !USED_METADATA.contains(k))
                .forEach(k -> ignored.add("metadata." + k));
        return metadata;
    }

    private String name(Node metadata) {
        String name = metadata == null ? null : fields.text(metadata, "name", "metadata.name");
        return name == null ? base.name() : name;
    }

    private String description(Node metadata) {
        String name = metadata == null ? null : metadata.get("name") == null ? null : metadata.get("name").text();
        if (name == null) {
            return "Imported from a TrafficSchedule";
        }
        Node namespace = metadata.get("namespace");
        return "Imported from TrafficSchedule " + (namespace == null ? "" : namespace.text() + "/") + name;
    }

    /** spec.scheduler.policy wins over the older spec.policy shorthand; a name the explorer lacks falls back. */
    private String policy(Node spec, SchedulerFields scheduler) {
        String shorthand = spec == null ? null : fields.text(spec, "policy", "spec.policy");
        String policy = scheduler.policy().orElse(shorthand);
        if (shorthand != null && !shorthand.equals(policy)) {
            in.warnings().add("spec.policy (" + shorthand + ") and spec.scheduler.policy (" + policy
                    + ") disagree; using spec.scheduler.policy");
        }
        if (policy == null) {
            return Scenario.DEFAULT_POLICY;
        }
        StrategyRegistry registry = Strategies.REGISTRY;
        if (!registry.contains(policy)) {
            in.warnings().add("policy '" + policy + "' is not a strategy the explorer has ("
                    + String.join(", ", registry.names()) + "); the scenario runs " + Scenario.DEFAULT_POLICY);
            return Scenario.DEFAULT_POLICY;
        }
        return policy;
    }

    /** Router, consumer and target bounds from the resource; the base keeps bounds of other components. */
    private List<ComponentBound> bounds(Node spec) {
        List<ComponentBound> out = new ArrayList<>();
        for (String component : TrafficScheduleExporter.COMPONENTS) {
            Node node = spec == null ? null : spec.get(component);
            String path = "spec." + component;
            if (node == null || !in.isObject(node, path)) {
                continue;
            }
            Set<String> known = component.equals("target") ? TARGET : COMPONENT;
            in.warnUnknown(node, path, known);
            settings.put(component, new ComponentFields(fields, ignored).read(component, node, path));
            Node autoscaling = node.get("autoscaling");
            if (autoscaling != null && in.isObject(autoscaling, path + ".autoscaling")) {
                autoscaling(component, autoscaling, path + ".autoscaling").ifPresent(out::add);
            }
        }
        base.componentBounds().stream()
                .filter(b -> !TrafficScheduleExporter.COMPONENTS.contains(b.component())).forEach(out::add);
        return out;
    }

    private Optional<ComponentBound> autoscaling(String component, Node node, String path) {
        in.warnUnknown(node, path, AUTOSCALING);
        fields.alias("componentBounds." + component + ".min", path + ".minReplicaCount");
        fields.alias("componentBounds." + component + ".max", path + ".maxReplicaCount");
        Integer min = fields.integer(node, "minReplicaCount", path + ".minReplicaCount");
        Integer max = fields.integer(node, "maxReplicaCount", path + ".maxReplicaCount");
        if (min == null && max == null) {
            return Optional.empty();
        }
        return Optional.of(ComponentBound.of(component, min, max));
    }

    /** The engine's rules, reported at the resource's own field paths. */
    private void validate(Scenario scenario) {
        if (in.problems().isEmpty()) {
            ScenarioValidator.validate(scenario).forEach(fields::report);
        }
        if (!in.problems().isEmpty()) {
            throw failure();
        }
    }

    /** Looked up once: discovering plugins scans the class path, and the class path does not change. */
    private static final class Strategies {
        static final StrategyRegistry REGISTRY = StrategyRegistry.standard();
    }

    private InputException failure() {
        return new InputException(source, in.problems());
    }
}
