package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PercentilesTest {

    @Test
    void interpolatesBetweenTheClosestRanks() {
        double[] values = {4, 1, 3, 2};

        assertThat(Percentiles.of(values, 0.05)).isCloseTo(1.15, within(1e-12));
        assertThat(Percentiles.of(values, 0.95)).isCloseTo(3.85, within(1e-12));
        assertThat(Percentiles.of(values, 0.5)).isEqualTo(2.5);
        assertThat(Percentiles.of(values, 0)).isEqualTo(1);
        assertThat(Percentiles.of(values, 1)).isEqualTo(4);
        assertThat(Percentiles.of(new double[] {7}, 0.05)).isEqualTo(7);
        assertThat(Percentiles.of(new double[0], 0.5)).isNaN();
        assertThat(values).containsExactly(4, 1, 3, 2);
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Percentiles.of(new double[] {1}, 1.5)).hasMessageContaining("p must be in [0, 1]");
    }

    @Test
    void drawsDoNotDependOnTheNumberOfThreads() {
        Scenario s = Scenario.builder().intensity(Scenarios.twoDays().intensity())
                .demand(Scenarios.twoDays().demand())
                .forecastError(Optional.of(new ForecastError(5, 30, 0.02, 0.7, 100))).build();
        Simulator simulator = new Simulator(StrategyRegistry.builtIns());

        DrawsResult one = new ForecastDraws(simulator, Workers.callingThread()).run(s, 4, () -> false,
                Progress.NONE);
        DrawsResult many = new ForecastDraws(simulator, new Workers(3)).run(s, 4, () -> false, Progress.NONE);

        assertThat(many).isEqualTo(one);
        assertThat(one.firstSeed()).isEqualTo(100);
        assertThat(one.rows()).hasSize(simulator.registry().names().size());
    }

    @Test
    void drawsNeedAnErrorModel() {
        Simulator simulator = new Simulator(StrategyRegistry.builtIns());

        assertThatThrownBy(() -> new ForecastDraws(simulator, Workers.callingThread())
                .run(Scenario.of(1, 2), 3, () -> false, Progress.NONE)).hasMessageContaining("forecastError");
    }
}
