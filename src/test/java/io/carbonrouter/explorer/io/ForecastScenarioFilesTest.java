package io.carbonrouter.explorer.io;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The forecast curve and the forecast error model in scenario files. */
class ForecastScenarioFilesTest {

    @Test
    void aForecastCurveAndAnErrorModelReadBackExactly() {
        Scenario curve = Scenario.builder().intensity(100, 200.5, 50).forecast(110, 190, 60.25).build();
        Scenario model = Scenario.builder().intensity(100, 200).seed(3)
                .forecastError(Optional.of(new ForecastError(-5.5, 25, 0.02, 0.8, -7))).build();

        for (Scenario s : new Scenario[] {curve, model}) {
            assertThat(ScenarioFiles.parse(ScenarioFiles.toYaml(s), "s.yaml")).usingRecursiveComparison()
                    .isEqualTo(s);
            assertThat(ScenarioFiles.parse(ScenarioFiles.toJson(s), "s.json")).usingRecursiveComparison()
                    .isEqualTo(s);
        }
    }

    @Test
    void aMissingErrorFieldIsNoErrorOfThatKindAndTheSeedIsTheScenarios() {
        Scenario s = ScenarioFiles.parse("seed: 9\nintensity: [1, 2]\nforecastError: {sd: 20}\n", "s.yaml");

        assertThat(s.forecastError()).contains(new ForecastError(0, 20, 0, 0, 9));
        assertThat(s.hasForecast()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "forecast: [1, 2]\\nforecastError: {sd: 1}|forecastError: give either a forecast curve or a forecastError"
            + " model, not both",
        "forecast: [1, 2, 3]|forecast: has 3 values but intensity has 2; they must be the same length",
        "forecast: [1, -2]|forecast[1]: must be >= 0, got -2",
        "forecast: [1, .nan]|forecast[1]: must be a finite number, got .nan",
        "forecastError: {sd: -1}|forecastError.sd: must be a finite number from 0 to 1000000 gCO2/kWh, got -1.0",
        "forecastError: {sd: 1e300}|forecastError.sd: must be a finite number from 0 to 1000000 gCO2/kWh",
        "forecastError: {correlation: 1.5}|forecastError.correlation: must be between -1 and 1, got 1.5",
        "forecastError: {correlation: -1.01}|forecastError.correlation: must be between -1 and 1, got -1.01",
        "forecastError: {growth: -0.1}|forecastError.growth: must be a finite number from 0 to 100",
        "forecastError: {bias: .inf}|forecastError.bias: must be a finite number, got .inf",
        "forecastError: {seed: 1.5}|forecastError.seed: must be a whole number, got 1.5",
        "forecastError: [1]|forecastError: must be a mapping",
    })
    void badForecastInputIsRefusedNamingTheField(String yaml, String message) {
        String text = "intensity: [1, 2]\n" + yaml.replace("\\n", "\n") + "\n";

        assertThatThrownBy(() -> ScenarioFiles.parse(text, "bad.yaml")).isInstanceOf(InputException.class)
                .hasMessageContaining("bad.yaml").hasMessageContaining(message);
    }

    @Test
    void anUnknownErrorFieldIsAWarningNamingIt() {
        ScenarioRead read = ScenarioFiles.parseWithWarnings("intensity: [1]\nforecastError: {sd: 1, sigma: 2}\n",
                "w.yaml");

        assertThat(String.join("\n", read.warnings())).contains("forecastError.sigma");
    }
}
