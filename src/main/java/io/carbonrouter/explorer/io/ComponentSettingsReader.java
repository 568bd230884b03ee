package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.ComponentSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The operator-only settings written beside a component's bounds in a scenario file:
 * {@code cooldownPeriod}, {@code cpuUtilization}, {@code debug} and {@code resources: {requests, limits}}.
 * Absent ones take the upstream demo's defaults.
 */
final class ComponentSettingsReader {

    static final Set<String> FIELDS = Set.of("cooldownPeriod", "cpuUtilization", "debug", "resources");
    private static final Set<String> RESOURCES = Set.of("requests", "limits");

    private final FieldReader in;

    ComponentSettingsReader(FieldReader in) {
        this.in = in;
    }

    ComponentSettings read(Node bound, String path, String component) {
        ComponentSettings d = ComponentSettings.defaults(component);
        int cooldown = in.integer(bound.get("cooldownPeriod"), path + ".cooldownPeriod", d.cooldownPeriod());
        int cpu = in.integer(bound.get("cpuUtilization"), path + ".cpuUtilization", d.cpuUtilization());
        boolean debug = in.bool(bound.get("debug"), path + ".debug", d.debug());
        Map<String, String> requests = Map.of();
        Map<String, String> limits = Map.of();
        Node resources = bound.get("resources");
        if (resources != null && in.isObject(resources, path + ".resources")) {
            in.warnUnknown(resources, path + ".resources", RESOURCES);
            requests = quantities(resources.get("requests"), path + ".resources.requests");
            limits = quantities(resources.get("limits"), path + ".resources.limits");
        }
        return new ComponentSettings(cooldown, cpu, requests, limits, debug);
    }

    private Map<String, String> quantities(Node n, String path) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || !in.isObject(n, path)) {
            return out;
        }
        n.fields().forEach((name, value) -> {
            String text = in.string(value, path + "." + name, null);
            if (text != null) {
                out.put(name, text);
            }
        });
        return out;
    }
}
