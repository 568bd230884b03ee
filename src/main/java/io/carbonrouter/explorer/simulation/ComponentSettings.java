package io.carbonrouter.explorer.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of one TrafficSchedule component (router, consumer or target) that the explorer does not simulate
 * but the operator needs: KEDA's cooldown and CPU trigger, the container's resources and debug logging.
 *
 * @param cooldownPeriod seconds KEDA waits before scaling down
 * @param cpuUtilization percent CPU that triggers a scale-up
 * @param requests       resource requests as Kubernetes quantities ({@code cpu: 200m}), sorted by name
 * @param limits         resource limits, likewise
 * @param debug          verbose logging in the router or consumer pod
 */
public record ComponentSettings(int cooldownPeriod, int cpuUtilization, Map<String, String> requests,
                                Map<String, String> limits, boolean debug) {

    /** The components the operator runs; only router and consumer are pods it configures (resources, debug). */
    public static final Set<String> COMPONENTS = Set.of("router", "consumer", "target");
    public static final int DEFAULT_CPU_UTILIZATION = 80;
    public static final int DEFAULT_ROUTER_COOLDOWN = 60;
    public static final int DEFAULT_COOLDOWN = 120;

    public ComponentSettings {
        requests = sorted(Objects.requireNonNull(requests));
        limits = sorted(Objects.requireNonNull(limits));
    }

    /** The upstream demo's values: CPU trigger at 80 %, cooldown 60 s for the router and 120 s otherwise. */
    public static ComponentSettings defaults(String component) {
        int cooldown = "router".equals(component) ? DEFAULT_ROUTER_COOLDOWN : DEFAULT_COOLDOWN;
        return new ComponentSettings(cooldown, DEFAULT_CPU_UTILIZATION, Map.of(), Map.of(), false);
    }

    public boolean hasResources() {
        return !requests.isEmpty() || !limits.isEmpty();
    }

    public ComponentSettings withCooldownPeriod(int v) {
        return new ComponentSettings(v, cpuUtilization, requests, limits, debug);
    }

    public ComponentSettings withCpuUtilization(int v) {
        return new ComponentSettings(cooldownPeriod, v, requests, limits, debug);
    }

    public ComponentSettings withResources(Map<String, String> newRequests, Map<String, String> newLimits) {
        return new ComponentSettings(cooldownPeriod, cpuUtilization, newRequests, newLimits, debug);
    }

    public ComponentSettings withDebug(boolean v) {
        return new ComponentSettings(cooldownPeriod, cpuUtilization, requests, limits, v);
    }

    /**
     * Written out, as a record's would be: the generated one builds method handles at its first use, which every
     * command paid at start-up (a sweep compares the scenario's deployment settings).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ComponentSettings c && cooldownPeriod == c.cooldownPeriod
                && cpuUtilization == c.cpuUtilization && requests.equals(c.requests) && limits.equals(c.limits)
                && debug == c.debug;
    }

    @Override
    public int hashCode() {
        int h = cooldownPeriod;
        h = 31 * h + cpuUtilization;
        h = 31 * h + requests.hashCode();
        h = 31 * h + limits.hashCode();
        return 31 * h + Boolean.hashCode(debug);
    }

    /** Sorted by resource name, as Kubernetes prints them, so equal settings compare and write alike. */
    private static Map<String, String> sorted(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.keySet().stream().sorted().forEach(k -> out.put(k, Objects.requireNonNull(m.get(k))));
        return Collections.unmodifiableMap(out);
    }
}
