package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.simulation.ComponentSettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Random operator settings of router, consumer and target, as Kubernetes accepts them. */
public final class ComponentSettingsArbitraries {

    private ComponentSettingsArbitraries() {
    }

    /** Settings for any of the three components (each may be left at its defaults). */
    public static Arbitrary<Map<String, ComponentSettings>> components() {
        return Combinators.combine(settings(true), settings(true), settings(false))
                .as((r, c, t) -> {
                    Map<String, ComponentSettings> out = new LinkedHashMap<>();
                    r.ifPresent(v -> out.put("router", v));
                    c.ifPresent(v -> out.put("consumer", v));
                    t.ifPresent(v -> out.put("target", v));
                    return out;
                });
    }

    private static Arbitrary<Optional<ComponentSettings>> settings(boolean pod) {
        Arbitrary<Integer> count = Arbitraries.oneOf(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 600));
        Arbitrary<Map<String, String>> quantities = pod ? quantities() : Arbitraries.just(Map.of());
        Arbitrary<Boolean> debug = pod ? Arbitraries.of(true, false) : Arbitraries.just(false);
        return Combinators.combine(count, count.filter(v -> v >= 1), quantities, quantities, debug)
                .as(ComponentSettings::new).injectNull(0.2).map(Optional::ofNullable);
    }

    private static Arbitrary<Map<String, String>> quantities() {
        Arbitrary<String> resource = Arbitraries.of("cpu", "memory", "ephemeral-storage", "nvidia.com/gpu");
        Arbitrary<String> quantity = Combinators.combine(Arbitraries.integers().between(0, 100000),
                Arbitraries.of("", "m", "Mi", "Gi", "k", "M", ".5", "e3")).as((n, unit) -> n + unit);
        return Arbitraries.maps(resource, quantity).ofMaxSize(4);
    }
}
