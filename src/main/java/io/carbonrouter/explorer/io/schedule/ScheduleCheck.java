package io.carbonrouter.explorer.io.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree;
import io.carbonrouter.explorer.io.YamlSupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Every reason a TrafficSchedule (written by hand, exported, or dumped by kubectl) would be refused by the API
 * server or run unlike it reads on the cluster: the CRD's schema, what the operator dereferences, numbers its
 * {@code ParseFloat} drops, policies the deployed engine lacks, and replica bounds that cross. Each problem is
 * one line, "field path: what is wrong".
 */
public final class ScheduleCheck {

    private static final List<String> DECIMALS = List.of("targetError", "creditMin", "creditMax", "throttleMin",
            "throttleIntensityFloor", "throttleIntensityCeiling");

    private ScheduleCheck() {
    }

    /**
     * The problems of a resource text (a List dump is checked item by item, under {@code items[i]}).
     *
     * @throws InputException when the text is not JSON or YAML (with line and column)
     */
    public static List<String> problems(String text, String source, CrdSchema schema) {
        LocatedTree.parse(text, source);
        JsonNode root;
        try {
            root = YamlSupport.readTree(text);
        } catch (IOException e) {
            throw new InputException(source + ": " + e.getMessage());
        }
        if ("List".equals(root.path("kind").asText()) && root.path("items").isArray()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < root.get("items").size(); i++) {
                String prefix = "items[" + i + "].";
                problems(root.get("items").get(i), schema).forEach(p -> out.add(prefix + p));
            }
            return out;
        }
        return problems(root, schema);
    }

    /** The problems of one resource tree. */
    public static List<String> problems(JsonNode resource, CrdSchema schema) {
        List<String> out = new ArrayList<>();
        if (!resource.isObject()) {
            out.add("(root): expected a TrafficSchedule object, got " + resource.getNodeType().name().toLowerCase());
            return out;
        }
        envelope(resource, out);
        out.addAll(schema.violations(resource));
        JsonNode spec = resource.path("spec");
        runtimeNeeds(spec, out);
        scheduler(spec.path("scheduler"), out);
        return out;
    }

    private static void envelope(JsonNode r, List<String> out) {
        String api = r.path("apiVersion").asText("");
        if (!TrafficScheduleExporter.API_VERSION.equals(api)) {
            out.add("apiVersion: " + (api.isEmpty() ? "missing" : "'" + api + "'") + "; the operator watches "
                    + TrafficScheduleExporter.API_VERSION);
        }
        if (!TrafficScheduleExporter.KIND.equals(r.path("kind").asText(""))) {
            out.add("kind: expected " + TrafficScheduleExporter.KIND + ", got " + r.path("kind"));
        }
        JsonNode meta = r.path("metadata");
        if (!meta.path("namespace").isTextual()) {
            out.add("metadata.namespace: missing; the operator finds flavours and configures pods per namespace");
        }
        String name = meta.path("name").asText("");
        if (!DeployedEngine.SCHEDULE_NAME.equals(name)) {
            out.add("metadata.name: " + (name.isEmpty() ? "missing" : "'" + name + "'") + "; the router and"
                    + " consumer read only " + DeployedEngine.SCHEDULE_NAME + " (their TS_NAME)");
        }
    }

    /** What the operator dereferences without a nil check when it builds the KEDA ScaledObjects. */
    private static void runtimeNeeds(JsonNode spec, List<String> out) {
        for (String component : TrafficScheduleExporter.COMPONENTS) {
            String at = "spec." + component + ".autoscaling";
            JsonNode a = spec.path(component).path("autoscaling");
            if (!a.has("cpuUtilization")) {
                out.add(at + ".cpuUtilization: missing; the operator dereferences it when it builds the "
                        + component + "'s ScaledObject, so reconciliation stalls");
            }
            if (component.equals("router") && !a.has("maxReplicaCount")) {
                out.add(at + ".maxReplicaCount: missing; the operator dereferences the router's max, so"
                        + " reconciliation stalls");
            }
            JsonNode min = a.path("minReplicaCount");
            JsonNode max = a.path("maxReplicaCount");
            if (min.isIntegralNumber() && max.isIntegralNumber() && min.asLong() > max.asLong()) {
                out.add(at + ".minReplicaCount: " + min.asLong() + " exceeds maxReplicaCount " + max.asLong());
            }
        }
    }

    private static void scheduler(JsonNode s, List<String> out) {
        for (String key : DECIMALS) {
            JsonNode v = s.path(key);
            if (!v.isTextual() || v.asText().isBlank()) {
                continue;
            }
            String at = "spec.scheduler." + key + ": ";
            OptionalDouble parsed = GoFloat.parse(v.asText());
            if (parsed.isEmpty()) {
                out.add(at + "\"" + v.asText() + "\" is not a number Go's ParseFloat reads; the operator drops it"
                        + " and the engine default applies");
            } else if (!Double.isFinite(parsed.getAsDouble())) {
                out.add(at + "\"" + v.asText() + "\" is not finite");
            }
        }
        JsonNode policy = s.path("policy");
        if (policy.isTextual() && !DeployedEngine.hasPolicy(policy.asText())) {
            out.add("spec.scheduler.policy: " + DeployedEngine.missingPolicy(policy.asText()));
        }
    }
}
