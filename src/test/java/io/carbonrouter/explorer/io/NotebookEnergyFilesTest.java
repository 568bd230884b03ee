package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotebookEnergyFilesTest {

    private static final String FLAVOURS = """
            flavours:
              - {name: precision-100, precision: 1.0, carbonIntensity: 1.0}
              - {name: precision-50, precision: 0.5, carbonIntensity: 0.6}
              - {name: precision-30, precision: 0.3, carbonIntensity: 0.3}
            intensity: [100, 200]
            """;

    @Test
    void theNotebooksEnergyNeedNotAgreeWithTheCarbonFactorsAndSurvivesWriting() {
        // given the upstream notebooks' energy, 0.50 for the flavour whose carbon factor is 0.6
        Scenario s = ScenarioFiles.parse(FLAVOURS
                + "notebookEnergy: {precision-30: 0.30, precision-50: 0.50, precision-100: 1.00}\n", "s.yaml");

        Scenario yaml = ScenarioFiles.parse(ScenarioFiles.toYaml(s), "again.yaml");
        Scenario json = ScenarioFiles.parse(ScenarioFiles.toJson(s), "again.json");

        assertThat(s.energy().notebookPerRequest())
                .containsExactly(Map.entry("precision-30", 0.30), Map.entry("precision-50", 0.50),
                        Map.entry("precision-100", 1.00));
        assertThat(yaml.energy()).isEqualTo(s.energy());
        assertThat(json.energy()).isEqualTo(s.energy());
        // it changes no emission unit: the run's emissions stay the carbon factors' relative units
        assertThat(EmissionsUnit.of(s)).isEqualTo(EmissionsUnit.RELATIVE);
    }

    @Test
    void itSitsBesideTheWattHoursOfTheEnergyBlock() {
        Scenario s = ScenarioFiles.parse(FLAVOURS + "energy: {precision-100: 0.2}\n"
                + "notebookEnergy: {precision-50: 0.5}\n", "s.yaml");

        Scenario again = ScenarioFiles.parse(ScenarioFiles.toYaml(s), "again.yaml");

        assertThat(again.energy().whPerRequest()).isEqualTo(Map.of("precision-100", 0.2));
        assertThat(again.energy().notebookPerRequest()).isEqualTo(Map.of("precision-50", 0.5));
    }

    @Test
    void anUnknownFlavourOrABadValueIsRefusedWhereItIs() {
        assertThatThrownBy(() -> ScenarioFiles.parse(FLAVOURS + "notebookEnergy:\n  precision-10: 0.3\n", "s.yaml"))
                .hasMessage("s.yaml: notebookEnergy.precision-10: no flavour is named 'precision-10'; flavours:"
                        + " precision-100, precision-50, precision-30 (line 7, column 17)");
        assertThatThrownBy(() -> ScenarioFiles.parse(FLAVOURS + "notebookEnergy: {precision-30: -1}\n", "s.yaml"))
                .hasMessageContaining("notebookEnergy.precision-30: must be an energy per request from 0 to 1000000, got -1.0");
        assertThatThrownBy(() -> ScenarioFiles.parse(FLAVOURS + "notebookEnergy: 0.3\n", "s.yaml"))
                .hasMessageContaining("notebookEnergy: must be a mapping of fields, got 0.3");
    }
}
