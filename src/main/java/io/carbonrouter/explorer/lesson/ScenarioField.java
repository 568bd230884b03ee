package io.carbonrouter.explorer.lesson;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario field a lesson may set when a step opens and test in a condition, named as in the scenario
 * file: {@code config.targetError}, {@code intensity[36]}, {@code flavours[precision-30].enabled},
 * {@code componentBounds.consumer.max}. Reading a point past a curve's end gives NaN, which no comparison
 * accepts.
 */
public record ScenarioField(String name, Kind kind, Function<Scenario, Object> get,
                            BiFunction<Scenario, Object, Scenario> set) {

    /** How the names read, for messages. */
    public static final String FORMS = "policy, repeat, initialBalance, horizonSlots, slotMinutes, steps,"
            + " config.<knob>, intensity[i], demand[i], flavours[<name>].enabled|carbonIntensity,"
            + " componentBounds.<component>.min|max, loop, loop.evaluationSeconds, forecastError.bias|sd";

    private static final Pattern CURVE = Pattern.compile("(intensity|demand)\\[(\\d{1,7})]");
    private static final Pattern FLAVOUR = Pattern.compile("flavours\\[([^\\]]+)]\\.(enabled|carbonIntensity)");
    private static final Pattern BOUND = Pattern.compile("componentBounds\\.([A-Za-z0-9_-]+)\\.(min|max)");
    private static final Map<String, ScenarioField> PLAIN = plain();

    /** The field of a name, or empty when the vocabulary has no such field. */
    public static Optional<ScenarioField> named(String name) {
        ScenarioField plain = PLAIN.get(name);
        if (plain != null) {
            return Optional.of(plain);
        }
        Matcher m = CURVE.matcher(name);
        if (m.matches()) {
            return Optional.of(curve(name, m.group(1).equals("intensity"), Integer.parseInt(m.group(2))));
        }
        m = FLAVOUR.matcher(name);
        if (m.matches()) {
            return Optional.of(flavour(name, m.group(1), m.group(2).equals("enabled")));
        }
        m = BOUND.matcher(name);
        if (m.matches()) {
            return Optional.of(bound(name, m.group(1), m.group(2).equals("max")));
        }
        return Optional.empty();
    }

    private static Map<String, ScenarioField> plain() {
        List<ScenarioField> f = new ArrayList<>(List.of(
                new ScenarioField("policy", Kind.TEXT, Scenario::policy, (s, v) -> s.withPolicy((String) v)),
                new ScenarioField("repeat", Kind.BOOLEAN, Scenario::repeat,
                        (s, v) -> s.toBuilder().repeat((Boolean) v).build()),
                number("initialBalance", Scenario::initialBalance, (s, v) -> s.toBuilder().initialBalance(v).build()),
                number("horizonSlots", Scenario::horizonSlots, (s, v) -> s.toBuilder().horizonSlots(v.intValue())
                        .build()),
                number("slotMinutes", Scenario::slotMinutes, (s, v) -> s.toBuilder().slotMinutes(v.intValue())
                        .build()),
                number("steps", s -> (double) s.effectiveSteps(),
                        (s, v) -> s.toBuilder().steps(OptionalInt.of(v.intValue())).build())));
        f.addAll(LoopFields.all());
        f.add(config("targetError", PolicyConfig::targetError, PolicyConfig::withTargetError));
        f.add(config("creditMin", PolicyConfig::creditMin, PolicyConfig::withCreditMin));
        f.add(config("creditMax", PolicyConfig::creditMax, PolicyConfig::withCreditMax));
        f.add(config("creditSensitivity", PolicyConfig::creditSensitivity, PolicyConfig::withCreditSensitivity));
        f.add(config("creditWindow", c -> (double) c.creditWindow(), (c, v) -> c.withCreditWindow(v.intValue())));
        f.add(config("throttleMin", PolicyConfig::throttleMin, PolicyConfig::withThrottleMin));
        f.add(config("throttleIntensityFloor", PolicyConfig::throttleIntensityFloor,
                PolicyConfig::withThrottleIntensityFloor));
        f.add(config("throttleIntensityCeiling", PolicyConfig::throttleIntensityCeiling,
                PolicyConfig::withThrottleIntensityCeiling));
        Map<String, ScenarioField> out = new LinkedHashMap<>();
        f.forEach(x -> out.put(x.name, x));
        return Map.copyOf(out);
    }

    static ScenarioField number(String name, Function<Scenario, ? extends Number> get,
                                        BiFunction<Scenario, Double, Scenario> set) {
        return new ScenarioField(name, Kind.NUMBER, s -> get.apply(s).doubleValue(),
                (s, v) -> set.apply(s, (Double) v));
    }

    private static ScenarioField config(String knob, Function<PolicyConfig, Double> get,
                                        BiFunction<PolicyConfig, Double, PolicyConfig> with) {
        return number("config." + knob, s -> get.apply(s.config()),
                (s, v) -> s.withConfig(with.apply(s.config(), v)));
    }

    private static ScenarioField curve(String name, boolean intensity, int i) {
        Function<Scenario, double[]> values = s -> intensity ? s.intensity() : s.demand();
        return number(name, s -> i < values.apply(s).length ? values.apply(s)[i] : Double.NaN, (s, v) -> {
            double[] copy = values.apply(s).clone();
            if (i >= copy.length) {
                throw new IllegalArgumentException(name + " is past the curve's " + copy.length + " points");
            }
            copy[i] = v;
            return intensity ? s.toBuilder().intensity(copy).build() : s.toBuilder().demand(copy).build();
        });
    }

    private static ScenarioField flavour(String name, String flavour, boolean enabled) {
        Function<Scenario, Optional<FlavourProfile>> find = s -> s.flavours().stream()
                .filter(f -> f.name().equals(flavour)).findFirst();
        BiFunction<Scenario, Object, Scenario> set = (s, v) -> {
            if (find.apply(s).isEmpty()) {
                throw new IllegalArgumentException("the scenario has no flavour named '" + flavour + "'");
            }
            List<FlavourProfile> fs = new ArrayList<>();
            for (FlavourProfile f : s.flavours()) {
                boolean it = f.name().equals(flavour);
                fs.add(!it ? f : enabled ? f.withEnabled((Boolean) v)
                        : new FlavourProfile(f.name(), f.precision(), (Double) v, f.enabled()));
            }
            return s.toBuilder().flavours(fs).build();
        };
        return enabled
                ? new ScenarioField(name, Kind.BOOLEAN, s -> find.apply(s).map(FlavourProfile::enabled)
                        .orElse(null), set)
                : new ScenarioField(name, Kind.NUMBER, s -> find.apply(s).map(FlavourProfile::carbonIntensity)
                        .orElse(Double.NaN), set);
    }

    private static ScenarioField bound(String name, String component, boolean max) {
        Function<Scenario, Double> get = s -> s.componentBounds().stream()
                .filter(b -> b.component().equals(component))
                .map(b -> max ? b.max() : b.min()).filter(OptionalInt::isPresent)
                .map(o -> (double) o.getAsInt()).findFirst().orElse(Double.NaN);
        return number(name, get, (s, v) -> {
            List<ComponentBound> bounds = new ArrayList<>();
            boolean found = false;
            for (ComponentBound b : s.componentBounds()) {
                if (b.component().equals(component)) {
                    found = true;
                    b = max ? new ComponentBound(component, b.min(), OptionalInt.of(v.intValue()))
                            : new ComponentBound(component, OptionalInt.of(v.intValue()), b.max());
                }
                bounds.add(b);
            }
            if (!found) {
                bounds.add(max ? ComponentBound.of(component, null, v.intValue())
                        : ComponentBound.of(component, v.intValue(), null));
            }
            return s.toBuilder().componentBounds(bounds).build();
        });
    }
}
