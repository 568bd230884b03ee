package io.carbonrouter.explorer.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What the operator and Kubernetes accept in a component's settings, at the scenario file's paths. */
public final class ComponentSettingsRules {

    /** The CRD's pattern for a resource quantity such as {@code 200m}, {@code 1}, {@code 512Mi} or {@code 1e3}. */
    static final Pattern QUANTITY = Pattern.compile("^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))"
            + "(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$");
    /** A Kubernetes resource name: an optional DNS prefix and a name ({@code cpu}, {@code nvidia.com/gpu}). */
    private static final Pattern RESOURCE = Pattern.compile("([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?"
            + "[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

    private ComponentSettingsRules() {
    }

    /** The problems of one component's settings, as the validator reports them (the editors ask per field). */
    public static List<Problem> problems(String component, ComponentSettings settings) {
        List<Problem> out = new ArrayList<>();
        check(DeploymentSettings.NONE.withComponent(component, settings), out);
        return out;
    }

    static void check(DeploymentSettings d, List<Problem> out) {
        d.components().keySet().stream().sorted().forEach(name -> {
            String at = "componentBounds." + name;
            ComponentSettings c = d.component(name);
            if (!ComponentSettings.COMPONENTS.contains(name)) {
                out.add(new Problem(at, "has operator settings, but only router, consumer and target have them"));
            }
            if (c.cooldownPeriod() < 0) {
                out.add(new Problem(at + ".cooldownPeriod", "must be a whole number of seconds >= 0, got "
                        + c.cooldownPeriod()));
            }
            if (c.cpuUtilization() < 1) {
                out.add(new Problem(at + ".cpuUtilization", "must be a percentage >= 1, got "
                        + c.cpuUtilization()));
            }
            if ("target".equals(name) && (c.hasResources() || c.debug())) {
                out.add(new Problem(at, "target takes only autoscaling settings; resources and debug apply to the"
                        + " router and consumer pods"));
            }
            quantities(at + ".resources.requests", c.requests(), out);
            quantities(at + ".resources.limits", c.limits(), out);
        });
    }

    private static void quantities(String at, Map<String, String> values, List<Problem> out) {
        values.forEach((resource, quantity) -> {
            if (!RESOURCE.matcher(resource).matches()) {
                out.add(new Problem(at + "." + resource, "is not a Kubernetes resource name (cpu, memory,"
                        + " nvidia.com/gpu, ...)"));
            }
            if (!QUANTITY.matcher(quantity).matches()) {
                out.add(new Problem(at + "." + resource, "\"" + quantity + "\" is not a Kubernetes quantity"
                        + " (200m, 1, 512Mi, ...)"));
            }
        });
    }
}
