package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.ComponentSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A component's operator settings from a TrafficSchedule: the KEDA cooldown and CPU trigger under
 * {@code autoscaling}, and for the router and consumer {@code resources} and {@code debug}. A missing setting
 * the operator needs takes the upstream demo's value, with a warning, since an export will write it.
 */
final class ComponentFields {

    private static final Set<String> RESOURCES = Set.of("requests", "limits", "claims");

    private final CrdFields fields;
    private final List<String> ignored;

    ComponentFields(CrdFields fields, List<String> ignored) {
        this.fields = fields;
        this.ignored = ignored;
    }

    ComponentSettings read(String component, Node node, String path) {
        FieldReader in = fields.reader();
        ComponentSettings d = ComponentSettings.defaults(component);
        Node autoscaling = node.get("autoscaling");
        Node a = autoscaling != null && autoscaling.kind() == Kind.OBJECT ? autoscaling : null;
        int cooldown = setting(a, "cooldownPeriod", path + ".autoscaling", d.cooldownPeriod());
        int cpu = setting(a, "cpuUtilization", path + ".autoscaling", d.cpuUtilization());
        if (component.equals("target")) {
            return new ComponentSettings(cooldown, cpu, Map.of(), Map.of(), false);
        }
        Boolean debug = null;
        Node debugNode = node.get("debug");
        if (debugNode != null) {
            debug = in.bool(debugNode, path + ".debug", false);
            if (!debug) {
                ignored.add(path + ".debug (false is the default; an export leaves it out)");
            }
        }
        Map<String, String> requests = Map.of();
        Map<String, String> limits = Map.of();
        Node resources = node.get("resources");
        if (resources != null && in.isObject(resources, path + ".resources")) {
            in.warnUnknown(resources, path + ".resources", RESOURCES);
            if (resources.get("claims") != null) {
                ignored.add(path + ".resources.claims");
            }
            requests = quantities(resources.get("requests"), path + ".resources.requests");
            limits = quantities(resources.get("limits"), path + ".resources.limits");
        }
        return new ComponentSettings(cooldown, cpu, requests, limits, debug != null && debug);
    }

    private int setting(Node autoscaling, String key, String path, int fallback) {
        Integer v = autoscaling == null ? null : fields.integer(autoscaling, key, path + "." + key);
        if (v != null) {
            return v;
        }
        fields.reader().warnings().add(path + "." + key + ": missing; the operator needs it, so the scenario"
                + " takes the upstream demo's " + fallback + " and an export writes it");
        return fallback;
    }

    /** Kubernetes quantities, integers ({@code cpu: 1}) or strings ({@code 200m}), kept as their text. */
    private Map<String, String> quantities(Node n, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || !fields.reader().isObject(n, path)) {
            return out;
        }
        n.fields().forEach((name, value) -> {
            String text = fields.text(n, name, path + "." + name);
            if (text != null) {
                out.put(name, text);
            }
        });
        return out;
    }
}
