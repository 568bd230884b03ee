package io.carbonrouter.explorer.simulation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastValidationTest {

    private static List<String> problems(Scenario.Builder b) {
        return ScenarioValidator.validate(b.build()).stream().map(Problem::path).toList();
    }

    private static Scenario.Builder withError(double bias, double sd, double growth, double correlation) {
        return Scenario.builder().intensity(1, 2)
                .forecastError(Optional.of(new ForecastError(bias, sd, growth, correlation, 0)));
    }

    @Test
    void aForecastCurveAndAnErrorModelTogetherAreRefused() {
        assertThat(problems(withError(0, 1, 0, 0).forecast(1, 2))).containsExactly("forecastError");
    }

    @Test
    void aForecastOfAnotherLengthIsRefused() {
        assertThat(problems(Scenario.builder().intensity(1, 2).forecast(1))).containsExactly("forecast");
    }

    @Test
    void everyBadErrorFieldIsNamed() {
        assertThat(problems(withError(Double.NaN, -1, Double.POSITIVE_INFINITY, 2)))
                .containsExactly("forecastError.bias", "forecastError.sd", "forecastError.growth",
                        "forecastError.correlation");
        assertThat(problems(withError(0, 0, 0, Double.NaN))).containsExactly("forecastError.correlation");
        assertThat(problems(Scenario.builder().intensity(1, 2).forecast(1, Double.NaN))).containsExactly("forecast[1]");
    }

    @Test
    void theEdgesOfEveryRangeAreAccepted() {
        assertThat(problems(withError(-1e6, 1e6, 100, -1))).isEmpty();
        assertThat(problems(withError(1e6, 0, 0, 1))).isEmpty();
    }
}
