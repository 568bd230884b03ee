package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.Energy;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnergyFilesTest {

    private static final String FLAVOURS = """
            flavours:
              - {name: precision-100, precision: 1.0, carbonIntensity: 1.0}
              - {name: precision-50, precision: 0.5, carbonIntensity: 0.6}
              - {name: "fast: cheap", precision: 0.3, carbonIntensity: 0.3}
            intensity: [100, 200]
            demand: [10, 20]
            """;

    @Test
    void oneFlavoursEnergyIsReadWrittenAndReadBackUnchanged() {
        // given a scenario that gives the energy of precision-100
        Scenario s = ScenarioFiles.parse(FLAVOURS + "energy: {precision-100: 0.3}\n", "s.yaml");

        // when it is written and read again, as YAML and as JSON
        Scenario yaml = ScenarioFiles.parse(ScenarioFiles.toYaml(s), "again.yaml");
        Scenario json = ScenarioFiles.parse(ScenarioFiles.toJson(s), "again.json");

        // then the energy survives both
        assertThat(s.energy()).isEqualTo(Energy.of("precision-100", 0.3));
        assertThat(yaml.energy()).isEqualTo(s.energy());
        assertThat(json.energy()).isEqualTo(s.energy());
    }

    @Test
    void aFlavourNameThatNeedsQuotingSurvivesTheYamlWriter() {
        Scenario s = ScenarioFiles.parse(FLAVOURS + "energy: {\"fast: cheap\": 0.09, precision-100: 0.3}\n",
                "s.yaml");

        Scenario again = ScenarioFiles.parse(ScenarioFiles.toYaml(s), "again.yaml");

        assertThat(again.energy().whPerRequest()).isEqualTo(Map.of("fast: cheap", 0.09, "precision-100", 0.3));
    }

    @Test
    void withoutEnergyNothingIsWrittenAndTheUnitIsRelative() {
        Scenario s = ScenarioFiles.parse(FLAVOURS, "s.yaml");

        assertThat(ScenarioFiles.toYaml(s)).doesNotContain("energy");
        assertThat(EmissionsUnit.of(s)).isEqualTo(EmissionsUnit.RELATIVE);
    }

    @Test
    void anUnknownFlavourNamesTheFieldTheFlavoursAndThePlace() {
        assertThatThrownBy(() -> ScenarioFiles.parse(FLAVOURS + "energy:\n  precision-10: 0.3\n", "s.yaml"))
                .hasMessage("s.yaml: energy.precision-10: no flavour is named 'precision-10'; flavours:"
                        + " precision-100, precision-50, fast: cheap (line 8, column 17)");
    }

    @Test
    void energiesThatDisagreeWithTheCarbonFactorsAreRefusedWithTheValueThatWouldAgree() {
        assertThatThrownBy(() -> ScenarioFiles.parse(FLAVOURS + "energy: {precision-100: 0.3, precision-50: 0.2}\n",
                "s.yaml"))
                .hasMessageStartingWith("s.yaml: energy.precision-50: 0.2 Wh per request does not agree with its"
                        + " carbon factor 0.6: precision-100 has 0.3 Wh at factor 1.0, which gives 0.18 Wh here")
                .hasMessageEndingWith("(line 7, column 44)");
    }

    @Test
    void badValuesAreRefusedWhereTheyAre() {
        assertThatThrownBy(() -> ScenarioFiles.parse(FLAVOURS + "energy: {precision-100: lots}\n", "s.yaml"))
                .hasMessage("s.yaml: energy.precision-100: must be a number, got \"lots\" (line 7, column 25)");
        assertThatThrownBy(() -> ScenarioFiles.parse(FLAVOURS + "energy: {precision-100: -1}\n", "s.yaml"))
                .hasMessageContaining("energy.precision-100: must be a number of Wh per request from 0 to 1000000, got -1.0");
        assertThatThrownBy(() -> ScenarioFiles.parse(FLAVOURS + "energy: 0.3\n", "s.yaml"))
                .hasMessageContaining("energy: must be a mapping of fields, got 0.3");
    }
}
