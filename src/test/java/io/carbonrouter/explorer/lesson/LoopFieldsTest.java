package io.carbonrouter.explorer.lesson;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoopFieldsTest {

    private static final Simulator SIMULATOR = new Simulator(StrategyRegistry.standard());
    private static final Scenario PLAIN = Scenario.builder().intensity(100, 300, 500, 200).build();

    @Test
    void settingLoopTrueSwitchesOnTheDeployedDefaultsAndAConditionSeesIt() {
        Scenario looped = field("loop").set().apply(PLAIN, true);

        assertThat(looped.loop()).contains(DeploymentLoop.AS_DEPLOYED);
        assertThat(holds("scenario.loop == true", looped)).isTrue();
        assertThat(holds("scenario.loop == true", PLAIN)).isFalse();
    }

    @Test
    void settingTheEvaluationIntervalStartsALoopWhereThereWasNone() {
        Scenario s = field("loop.evaluationSeconds").set().apply(PLAIN, 60.0);

        assertThat(s.loop()).hasValueSatisfying(l -> assertThat(l.evaluationSeconds()).isEqualTo(60));
        assertThat(holds("scenario.loop.evaluationSeconds >= 60", s)).isTrue();
        assertThat(holds("scenario.loop.evaluationSeconds >= 60", PLAIN)).isFalse();
    }

    @Test
    void forecastErrorReadsZeroWithoutAModelAndSettingOneDropsASeparateForecastCurve() {
        Scenario withCurve = PLAIN.toBuilder().forecast(90, 290, 490, 190).build();

        Scenario biased = field("forecastError.bias").set().apply(withCurve, -80.0);

        assertThat(holds("scenario.forecastError.bias == 0", PLAIN)).isTrue();
        assertThat(biased.forecastError()).hasValueSatisfying(e -> assertThat(e.bias()).isEqualTo(-80));
        assertThat(biased.hasForecast()).isFalse();
        assertThat(holds("scenario.forecastError.bias == -80", biased)).isTrue();
    }

    private static ScenarioField field(String name) {
        return ScenarioField.named(name).orElseThrow();
    }

    private static boolean holds(String condition, Scenario s) {
        return Condition.parse(condition).holds(new Facts(s, SIMULATOR.run(s).metrics()));
    }
}
