package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.forecast.ForecastImporters.Options;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files with an actual and a forecast curve, and putting a file's forecast onto a scenario. */
class TwoCurveImportTest {

    private static ImportedForecast parse(String text) {
        return ForecastImporters.parse(text, "f.csv", Options.DEFAULTS);
    }

    @Test
    void aCsvWithAForecastHeaderFillsBothCurves() {
        ImportedForecast r = parse("timestamp,actual,forecast\n2030-01-01T00:00Z,100,110\n2030-01-01T00:30Z,200,\n"
                + "2030-01-01T01:00Z,300,290\n");

        assertThat(r.intensity()).containsExactly(100, 200, 300);
        assertThat(r.forecast()).containsExactly(110, 200, 290);
        assertThat(r.hasDemand()).isFalse();
        assertThat(r.warnings()).containsExactly("forecast: 1 missing value filled by linear interpolation (slot 1)");
    }

    @Test
    void fourColumnsWithoutAHeaderAreActualForecastAndDemand() {
        ImportedForecast r = parse("2030-01-01T00:00Z,100,110,5\n2030-01-01T00:30Z,200,190,6\n");

        assertThat(r.intensity()).containsExactly(100, 200);
        assertThat(r.forecast()).containsExactly(110, 190);
        assertThat(r.demand()).containsExactly(5, 6);
    }

    @Test
    void todaysCsvFormHasNoForecastCurve() {
        ImportedForecast r = parse("timestamp,intensity,demand\n2030-01-01T00:00Z,100,5\n2030-01-01T00:30Z,200,6\n");

        assertThat(r.hasForecast()).isFalse();
        assertThat(r.demand()).containsExactly(5, 6);
    }

    @Test
    void aBadForecastCellIsNamedByColumnAndLine() {
        assertThatThrownBy(() -> parse("timestamp,actual,forecast\n2030-01-01T00:00Z,100,-3\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("forecast: must be a finite number >= 0, got -3 (line 2, column 23)");
        assertThatThrownBy(() -> parse("timestamp,actual,forecast\n2030-01-01T00:00Z,1,2,3,4\n"))
                .hasMessageContaining("expected timestamp,actual,forecast[,demand], got 5 columns (line 2)");
    }

    @Test
    void importingBothCurvesSetsTheForecastAndReplacesAnErrorModel() {
        Scenario s = Scenario.builder().intensity(1, 2, 3, 4)
                .forecastError(Optional.of(new ForecastError(0, 5, 0, 0, 1))).build();

        ScenarioRead applied = ForecastImporters.applyTo(s, parse("2030-01-01T00:00Z,100,110,5\n"
                + "2030-01-01T00:30Z,200,190,6\n"));

        assertThat(applied.scenario().forecast()).containsExactly(110, 190);
        assertThat(applied.scenario().forecastError()).isEmpty();
        assertThat(applied.warnings()).containsExactly(
                "the file's forecast curve replaces the scenario's forecastError model");
    }

    @Test
    void aForecastCurveThatNoLongerFitsIsDroppedWithAWarning() {
        Scenario s = Scenario.builder().intensity(1, 2, 3).forecast(1, 2, 3).build();

        ScenarioRead applied = ForecastImporters.applyTo(s, parse("2030-01-01T00:00Z,100\n2030-01-01T00:30Z,200\n"));

        assertThat(applied.scenario().hasForecast()).isFalse();
        assertThat(applied.warnings()).containsExactly("the scenario's forecast curve has 3 values but the forecast"
                + " has 2 slots: running without a forecast curve");
    }

    @Test
    void aFilesForecastGoesOntoTheScenarioKeepingItsGrid() {
        Scenario s = Scenario.builder().intensity(1, 2).forecastError(Optional.of(ForecastError.NONE)).build();

        ScenarioRead two = ForecastImporters.forecastOnto(s, parse("timestamp,actual,forecast\n"
                + "2030-01-01T00:00Z,100,110\n2030-01-01T00:30Z,200,190\n"), "f.csv");
        ScenarioRead one = ForecastImporters.forecastOnto(s, parse("2030-01-01T00:00Z,7\n2030-01-01T00:30Z,8\n"),
                "f.csv");

        assertThat(two.scenario().intensity()).containsExactly(1, 2);
        assertThat(two.scenario().forecast()).containsExactly(110, 190);
        assertThat(one.scenario().forecast()).containsExactly(7, 8);
        assertThat(one.warnings()).isEqualTo(List.of("the forecast curve replaces the scenario's forecastError"
                + " model"));
    }

    @Test
    void aFilesForecastOnOtherSlotsIsRefused() {
        Scenario s = Scenario.builder().intensity(1, 2).build();

        assertThatThrownBy(() -> ForecastImporters.forecastOnto(s, parse("2030-01-01T00:00Z,1\n2030-01-01T01:00Z,2\n"),
                "f.csv")).hasMessage("f.csv: forecast: slots of 60 min but the scenario's slots are 30 min");
        assertThatThrownBy(() -> ForecastImporters.forecastOnto(s, parse("2030-01-01T00:00Z,1\n"), "f.csv"))
                .hasMessageContaining("f.csv: forecast: has 1 slots but the scenario's intensity has 2");
    }
}
