package io.carbonrouter.explorer.simulation;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ComponentSettings' written-out equals and hashCode compare what a record's would: every component. */
class ComponentSettingsTest {

    private static final ComponentSettings BASE = new ComponentSettings(60, 80, Map.of("cpu", "200m"),
            Map.of("memory", "256Mi"), false);

    @Test
    void equalSettingsAreEqualWithEqualHashes() {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("memory", "128Mi");
        requests.put("cpu", "200m");
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("cpu", "200m");
        reversed.put("memory", "128Mi");
        ComponentSettings a = new ComponentSettings(60, 80, requests, Map.of(), true);
        ComponentSettings b = new ComponentSettings(60, 80, reversed, Map.of(), true);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(BASE).isEqualTo(BASE).isNotEqualTo(null).isNotEqualTo("60");
    }

    @Test
    void anyComponentThatDiffersMakesThemDifferent() {
        List<ComponentSettings> others = List.of(BASE.withCooldownPeriod(61), BASE.withCpuUtilization(81),
                BASE.withResources(Map.of("cpu", "300m"), BASE.limits()),
                BASE.withResources(BASE.requests(), Map.of("memory", "512Mi")), BASE.withDebug(true));
        for (ComponentSettings other : others) {
            assertThat(other).as("%s", other).isNotEqualTo(BASE);
            assertThat(BASE).isNotEqualTo(other);
        }
        assertThat(others).doesNotHaveDuplicates();
    }
}
