package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SweepForecastErrorTest {

    @Test
    void aForecastErrorSettingVariesTheModelAndKeepsTheRest() {
        Scenario base = Scenarios.twoDays().toBuilder()
                .forecastError(Optional.of(new ForecastError(5, 10, 0.02, 0.8, 3))).build();

        SweepPlan plan = SweepSpec.parse(List.of("forecastError.sd=0:40:20", "forecastError.correlation=0:1:1"))
                .plan(base);

        assertThat(plan.points()).hasSize(6);
        assertThat(plan.points().get(3).scenario().forecastError())
                .contains(new ForecastError(5, 20, 0.02, 1, 3));
        assertThat(plan.points().get(3).scenario().config()).isEqualTo(base.config());
    }

    @Test
    void onAScenarioWithoutAModelItStartsFromNoErrorWithTheScenariosSeed() {
        Scenario base = Scenarios.twoDays().toBuilder().forecast(Scenarios.twoDays().intensity()).build();

        SweepPlan plan = SweepSpec.parse(List.of("forecastError.bias=-10:10:10")).plan(base);

        Scenario first = plan.points().get(0).scenario();
        assertThat(first.forecastError()).contains(new ForecastError(-10, 0, 0, 0, base.seed()));
        assertThat(first.hasForecast()).isFalse();
    }

    @Test
    void valuesTheModelRefusesAreSkippedNamingTheField() {
        SweepPlan plan = SweepSpec.parse(List.of("forecastError.correlation=0.5:1.5:0.5")).plan(Scenarios.twoDays());

        assertThat(plan.points()).hasSize(2);
        assertThat(plan.skipped()).singleElement().extracting(SweepPlan.Skipped::reason).asString()
                .contains("forecastError.correlation");
    }
}
