package io.carbonrouter.explorer.ui.form;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.io.schedule.TrafficScheduleExporter;
import io.carbonrouter.explorer.simulation.Budget;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/** Every numeric setting the editors show, with its help text and TrafficSchedule field. */
public final class SettingSpecs {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final String SCHEDULER = "spec.scheduler.";
    private static final String NOT_IN_CRD = "Engine setting, not in the CRD (the export puts it in a comment)";
    private static final String SCENARIO_ONLY = "Scenario setting, not in the CRD";
    private static final double MAX_STEPS = 1_000_000;
    /** The components the engine throttles, in the order the CRD lists them. */
    public static final List<String> COMPONENTS = TrafficScheduleExporter.COMPONENTS;

    private SettingSpecs() {
    }

    /** Ledger and throttle knobs, each with a slider. */
    public static List<SettingSpec> ledger() {
        return List.of(
                config("targetError", "Target error", "", "Average error the ledger aims at; the target precision "
                        + "is 1 - targetError.", 0, 1, 0, 1, false,
                        PolicyConfig::targetError, PolicyConfig::withTargetError),
                config("creditMin", "Credit min", "", "Lowest balance (deepest quality debt) the ledger allows.",
                        -INF, INF, -5, 0, false, PolicyConfig::creditMin, PolicyConfig::withCreditMin),
                config("creditMax", "Credit max", "", "Highest balance (quality surplus) the ledger allows.",
                        -INF, INF, 0, 5, false, PolicyConfig::creditMax, PolicyConfig::withCreditMax),
                engineOnly("creditSensitivity", "Credit sensitivity", "How strongly each step's error gap moves "
                        + "the balance.", PolicyConfig::creditSensitivity, PolicyConfig::withCreditSensitivity),
                config("creditWindow", "Credit window", "steps", "How many recent steps the velocity averages "
                        + "over.", 1, INF, 1, 1000, true, PolicyConfig::creditWindow,
                        (c, v) -> c.withCreditWindow(v.intValue())),
                config("throttleMin", "Throttle min", "", "The throttle never goes below this share of capacity.",
                        0, 1, 0, 1, false, PolicyConfig::throttleMin, PolicyConfig::withThrottleMin),
                config("throttleIntensityFloor", "Intensity floor", "gCO2/kWh", "At or below this carbon "
                        + "intensity (gCO2/kWh) the throttle does not hold back.", -INF, INF, 0, 600, false,
                        PolicyConfig::throttleIntensityFloor, PolicyConfig::withThrottleIntensityFloor),
                config("throttleIntensityCeiling", "Intensity ceiling", "gCO2/kWh", "At or above this carbon "
                        + "intensity (gCO2/kWh) the throttle holds back the most.", -INF, INF, 0, 600, false,
                        PolicyConfig::throttleIntensityCeiling, PolicyConfig::withThrottleIntensityCeiling),
                new SettingSpec("initialBalance", "Initial balance", "", "The ledger balance at the first step.",
                        "", SCENARIO_ONLY, -INF, INF, -1, 1, false, false,
                        s -> OptionalDouble.of(s.initialBalance()),
                        (s, v) -> s.toBuilder().initialBalance(v.getAsDouble()).build()),
                new SettingSpec("budget", "Carbon budget", "CO2", "The most CO2 the run may emit, for Compare: it "
                        + "finds each strategy's best precision within it. gCO2 when the scenario gives the energy per "
                        + "request, else relative units; over the run, or per day or month when the file says so. "
                        + "Empty: no budget.", "", SCENARIO_ONLY, 0, 1e12, 0, 0, false, true,
                        s -> s.budget().map(b -> OptionalDouble.of(b.amount())).orElse(OptionalDouble.empty()),
                        (s, v) -> s.toBuilder().budget(v.isPresent() ? Optional.of(new Budget(
                                v.getAsDouble(), s.budget().map(Budget::per).orElse(Budget.Per.RUN)))
                                : Optional.<Budget>empty()).build()));
    }

    /** Replica bounds: min and max of router, consumer and target, each optional. */
    public static List<SettingSpec> bounds() {
        List<SettingSpec> out = new ArrayList<>();
        for (String component : COMPONENTS) {
            out.add(bound(component, true));
            out.add(bound(component, false));
        }
        return out;
    }

    /** Forecast and run settings that are numbers. */
    public static List<SettingSpec> forecast() {
        return List.of(
                new SettingSpec("slotMinutes", "Slot length", "min", "Minutes per curve point and per step.", "",
                        SCENARIO_ONLY, 1, 24 * 60, 1, 120, true, false, s -> OptionalDouble.of(s.slotMinutes()),
                        (s, v) -> s.toBuilder().slotMinutes((int) v.getAsDouble()).build()),
                new SettingSpec("horizonSlots", "Horizon", "slots", "How many forecast slots the strategies see "
                        + "at each step, the current one included.", "", SCENARIO_ONLY, 1, 100_000, 1, 192, true,
                        false, s -> OptionalDouble.of(s.horizonSlots()),
                        (s, v) -> s.toBuilder().horizonSlots((int) v.getAsDouble()).build()),
                new SettingSpec("steps", "Steps", "", "How many steps to run (at most a million: a run keeps "
                        + "every step in memory); empty runs the curve once. More steps than curve points need "
                        + "Repeat.", "", SCENARIO_ONLY, 1, MAX_STEPS, 1, 1, true, true,
                        s -> s.steps().isPresent() ? OptionalDouble.of(s.steps().getAsInt()) : OptionalDouble.empty(),
                        (s, v) -> s.toBuilder().steps(v.isPresent() ? OptionalInt.of((int) v.getAsDouble())
                                : OptionalInt.empty()).build()),
                new SettingSpec("validFor", "Valid for", "s", "How long a published decision stays valid; "
                        + "carried to the export, no effect on the run.", SCHEDULER + "validFor", "", 1, 1e9, 1, 1,
                        true, true, s -> optional(s.deployment().validFor()),
                        (s, v) -> s.toBuilder().deployment(s.deployment().withValidFor(toInt(v))).build()));
    }

    private static SettingSpec config(String key, String label, String unit, String help, double min, double max,
                                      double sliderMin, double sliderMax, boolean integer,
                                      ToDoubleFunction<PolicyConfig> get,
                                      BiFunction<PolicyConfig, Double, PolicyConfig> set) {
        return new SettingSpec(key, label, unit, help, SCHEDULER + key, "", min, max, sliderMin, sliderMax,
                integer, false, s -> OptionalDouble.of(get.applyAsDouble(s.config())),
                (s, v) -> s.withConfig(set.apply(s.config(), v.getAsDouble())));
    }

    private static SettingSpec engineOnly(String key, String label, String help, ToDoubleFunction<PolicyConfig> get,
                                          BiFunction<PolicyConfig, Double, PolicyConfig> set) {
        return new SettingSpec(key, label, "", help, "", NOT_IN_CRD, -INF, INF, 0, 2, false, false,
                s -> OptionalDouble.of(get.applyAsDouble(s.config())),
                (s, v) -> s.withConfig(set.apply(s.config(), v.getAsDouble())));
    }

    private static SettingSpec bound(String component, boolean min) {
        String which = min ? "min" : "max";
        String crd = "spec." + component + ".autoscaling." + (min ? "minReplicaCount" : "maxReplicaCount");
        String help = (min ? "Fewest" : "Most") + " " + component + " replicas; "
                + (min ? "the throttled ceiling never goes below it." : "the throttle scales it into a ceiling.")
                + " Empty: not set.";
        return new SettingSpec(component + "-" + which, capitalise(component) + " " + which, "replicas", help, crd,
                "", 0, Integer.MAX_VALUE, 0, 0, true, true,
                s -> find(s, component).map(b -> optional(min ? b.min() : b.max())).orElse(OptionalDouble.empty()),
                (s, v) -> withBound(s, component, min, toInt(v)));
    }

    private static Optional<ComponentBound> find(Scenario s, String component) {
        return s.componentBounds().stream().filter(b -> b.component().equals(component)).findFirst();
    }

    /** Replaces one side of a component's bounds; a component with neither side set drops out. */
    static Scenario withBound(Scenario s, String component, boolean min, OptionalInt value) {
        List<ComponentBound> out = new ArrayList<>();
        boolean found = false;
        for (ComponentBound b : s.componentBounds()) {
            if (b.component().equals(component)) {
                found = true;
                ComponentBound changed = new ComponentBound(component, min ? value : b.min(), min ? b.max() : value);
                if (changed.min().isPresent() || changed.max().isPresent()) {
                    out.add(changed);
                }
            } else {
                out.add(b);
            }
        }
        if (!found && value.isPresent()) {
            out.add(new ComponentBound(component, min ? value : OptionalInt.empty(),
                    min ? OptionalInt.empty() : value));
        }
        return s.toBuilder().componentBounds(out).build();
    }

    private static OptionalDouble optional(OptionalInt v) {
        return v.isPresent() ? OptionalDouble.of(v.getAsInt()) : OptionalDouble.empty();
    }

    private static OptionalInt toInt(OptionalDouble v) {
        return v.isPresent() ? OptionalInt.of((int) v.getAsDouble()) : OptionalInt.empty();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
