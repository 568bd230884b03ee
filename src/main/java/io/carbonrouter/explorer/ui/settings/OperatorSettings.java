package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.form.FieldModel;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The settings of one component that the operator needs and the explorer does not simulate: KEDA's cooldown
 * and CPU trigger for every component, and for the router and consumer pods their CPU and memory requests and
 * limits and debug logging.
 */
public final class OperatorSettings {

    /** The resources the panel edits; others a scenario carries are kept as they are. */
    static final List<String> RESOURCES = List.of("cpu", "memory");
    private static final String NOT_SIMULATED = "\nExported to the TrafficSchedule; the explorer does not simulate"
            + " it.";

    private final String component;
    private final List<OperatorField<?>> fields = new ArrayList<>();
    private final Optional<BooleanProperty> debug;
    private boolean syncing;

    /** @param report told "Label: reason" when typed text is refused */
    public OperatorSettings(ScenarioModel model, String component, Consumer<String> report) {
        this.component = component;
        String spec = "spec." + component + ".";
        fields.add(new OperatorField<>(model, component, "cooldownPeriod", "Cooldown (s)",
                spec + "autoscaling.cooldownPeriod: seconds KEDA waits after the last trigger before it scales the "
                        + component + " down." + NOT_SIMULATED, count(), String::valueOf,
                ComponentSettings::cooldownPeriod, ComponentSettings::withCooldownPeriod));
        fields.add(new OperatorField<>(model, component, "cpuUtilization", "CPU trigger (%)",
                spec + "autoscaling.cpuUtilization: the average CPU use, in percent of the request, at which KEDA "
                        + "adds " + component + " replicas." + NOT_SIMULATED, count(), String::valueOf,
                ComponentSettings::cpuUtilization, ComponentSettings::withCpuUtilization));
        boolean pod = !"target".equals(component);
        if (pod) {
            for (String kind : List.of("requests", "limits")) {
                for (String resource : RESOURCES) {
                    fields.add(quantity(model, component, kind, resource));
                }
            }
        }
        fields.forEach(f -> f.field().onRefused(r -> report.accept(title(component) + " " + f.label() + ": " + r)));
        debug = pod ? Optional.of(new SimpleBooleanProperty()) : Optional.empty();
        debug.ifPresent(d -> d.addListener((obs, old, now) -> {
            if (!syncing) {
                model.edit(component + " debug " + (now ? "on" : "off"), s -> s.toBuilder().deployment(
                        s.deployment().withComponent(component, s.deployment().component(component).withDebug(now)))
                        .build());
            }
        }));
    }

    private static OperatorField<Optional<String>> quantity(ScenarioModel model, String component, String kind,
                                                            String resource) {
        String spec = "spec." + component + ".";
        boolean requests = "requests".equals(kind);
        String label = (resource.equals("cpu") ? "CPU" : "Mem") + " " + (requests ? "request" : "limit");
        String help = spec + "resources." + kind + "." + resource + ": the container's " + resource + " "
                + (requests ? "request" : "limit") + " as a Kubernetes quantity (" + (resource.equals("cpu")
                ? "200m, 1" : "256Mi, 1Gi") + "); empty: not set." + NOT_SIMULATED;
        return new OperatorField<>(model, component, "resources." + kind + "." + resource,
                label, help, text -> text.isBlank() ? Optional.empty() : Optional.of(text.strip()),
                v -> v.orElse(""), c -> Optional.ofNullable((requests ? c.requests() : c.limits()).get(resource)),
                (c, v) -> requests ? c.withResources(put(c.requests(), resource, v), c.limits())
                        : c.withResources(c.requests(), put(c.limits(), resource, v)));
    }

    private static Map<String, String> put(Map<String, String> m, String key, Optional<String> value) {
        Map<String, String> out = new LinkedHashMap<>(m);
        value.ifPresentOrElse(v -> out.put(key, v), () -> out.remove(key));
        return out;
    }

    /** A whole number in the CRD's int32 range; the validator's rule for the field comes after. */
    private static FieldModel.Parser<Integer> count() {
        return text -> {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("enter a whole number up to " + Integer.MAX_VALUE);
            }
        };
    }

    static String title(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    void show(Scenario s) {
        fields.forEach(f -> f.show(s));
        syncing = true;
        try {
            debug.ifPresent(d -> d.set(s.deployment().component(component).debug()));
        } finally {
            syncing = false;
        }
    }

    public String component() {
        return component;
    }

    /** Cooldown and CPU trigger, then (router and consumer) requests and limits for cpu and memory. */
    public List<OperatorField<?>> fields() {
        return List.copyOf(fields);
    }

    /** The field with this label, when the component has it. */
    public Optional<OperatorField<?>> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst();
    }

    /** Debug logging of the pod ({@code spec.<component>.debug}); empty for the target, which has none. */
    public Optional<BooleanProperty> debug() {
        return debug;
    }

    /** The debug check box's help. */
    public String debugTooltip() {
        return "spec." + component + ".debug: verbose logging in the " + component + " pod." + NOT_SIMULATED;
    }
}
