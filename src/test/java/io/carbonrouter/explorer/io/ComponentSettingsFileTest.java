package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.io.schedule.ComponentSettingsArbitraries;
import io.carbonrouter.explorer.simulation.ComponentSettings;
import io.carbonrouter.explorer.simulation.Scenario;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Component settings beside the bounds in a scenario file: written, read back, defaulted and checked. */
class ComponentSettingsFileTest {

    private static final Scenario BASE = Scenario.of(100, 200).toBuilder()
            .componentBounds(List.of(ComponentBound.of("router", 1, 4))).build();

    @Property(tries = 300)
    void givenAnySettingsThenTheySurviveSaveAndOpenInYamlAndJson(
            @ForAll("components") Map<String, ComponentSettings> c) {
        Scenario s = BASE.toBuilder().deployment(BASE.deployment().withComponents(c)).build();

        Scenario yaml = ScenarioFiles.parse(ScenarioFiles.toYaml(s), "s.yaml");
        Scenario json = ScenarioFiles.parse(ScenarioFiles.toJson(s), "s.json");

        assertEquals(s.deployment(), yaml.deployment());
        assertEquals(s.componentBounds(), yaml.componentBounds());
        assertEquals(s.deployment(), json.deployment());
        assertEquals(s.componentBounds(), json.componentBounds());
    }

    @Provide
    Arbitrary<Map<String, ComponentSettings>> components() {
        return ComponentSettingsArbitraries.components();
    }

    @Test
    void givenAnOldFileWithoutSettingsThenEveryComponentTakesTheUpstreamDemosDefaults() {
        Scenario s = ScenarioFiles.parse("intensity: [1]\ncomponentBounds: {router: {min: 1, max: 3}}\n", "old.yaml");

        assertEquals(60, s.deployment().component("router").cooldownPeriod());
        assertEquals(120, s.deployment().component("consumer").cooldownPeriod());
        assertEquals(80, s.deployment().component("target").cpuUtilization());
        assertEquals(Map.of(), s.deployment().components());
    }

    @Test
    void givenSettingsWithoutBoundsThenTheyAreKeptAndNoEmptyBoundAppears() {
        Scenario s = ScenarioFiles.parse("intensity: [1]\ncomponentBounds:\n  consumer: {cpuUtilization: 65}\n",
                "s.yaml");

        assertEquals(65, s.deployment().component("consumer").cpuUtilization());
        assertEquals(List.of(), s.componentBounds());
        assertTrue(ScenarioFiles.toYaml(s).contains("  consumer:\n    cpuUtilization: 65\n"), ScenarioFiles.toYaml(s));
    }

    @Test
    void givenBadSettingsThenEachProblemNamesItsField() {
        InputException e = assertThrows(InputException.class, () -> ScenarioFiles.parse("intensity: [1]\n"
                + "componentBounds:\n  router: {cpuUtilization: 0, resources: {limits: {cpu: lots}}}\n"
                + "  target: {debug: true}\n", "bad.yaml"));

        assertEquals(List.of("componentBounds.router.cpuUtilization", "componentBounds.router.resources.limits.cpu",
                "componentBounds.target"), e.problems().stream().map(p -> p.path()).toList());
    }
}
