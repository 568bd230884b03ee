package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.InvalidScenarioException;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StrategyComparisonTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());
    private final StrategyComparison sequential = new StrategyComparison(simulator, Workers.callingThread());

    @Test
    void everyRegisteredStrategyGetsOneRowInRegistryOrder() {
        Comparison c = sequential.compare(Scenarios.twoDays());

        assertThat(c.rows()).extracting(MetricRow::policy).containsExactlyElementsOf(simulator.registry().names());
        assertThat(c.runs()).extracting(Run::policy).containsExactlyElementsOf(simulator.registry().names());
    }

    @Test
    void eachRowIsTheSingleRunOfThatStrategy() {
        Scenario s = Scenarios.twoDays();

        Comparison c = sequential.compare(s);

        for (MetricRow row : c.rows()) {
            RunMetrics single = simulator.run(s, row.policy()).metrics();
            assertThat(row.metrics()).isEqualTo(single);
        }
    }

    @Test
    void savingsAgreeWithTheRunsOwnWeights() {
        Scenario s = Scenarios.twoDays();

        Comparison c = sequential.compare(s);

        for (int i = 0; i < c.rows().size(); i++) {
            assertThat(c.rows().get(i).metrics().savings()).as(c.rows().get(i).policy())
                    .isCloseTo(Scenarios.savingsFromWeights(c.runs().get(i), s.flavours()), within(1e-12));
        }
    }

    @Test
    void p100SavesNothingAndNoStrategyBeatsTheOptimum() {
        Comparison c = sequential.compare(Scenarios.twoDays());

        MetricRow p100 = c.rows().stream().filter(r -> r.policy().equals("p100")).findFirst().orElseThrow();
        assertThat(p100.metrics().savings()).isZero();
        assertThat(p100.regret()).isCloseTo(0.0, within(1e-12));
        for (MetricRow row : c.rows()) {
            assertThat(row.regret()).as(row.policy()).isGreaterThanOrEqualTo(-1e-9);
            double atOwnPrecision = c.frontier().savingsAt(row.metrics().meanPrecision()).getAsDouble();
            assertThat(row.regret()).isCloseTo(atOwnPrecision - row.metrics().savings(), within(1e-15));
        }
    }

    @Test
    void theOptimumIsTakenAtTheTargetPrecision() {
        Comparison c = sequential.compare(Scenarios.twoDays());

        assertThat(c.optimum().reachable()).isTrue();
        assertThat(c.optimum().targetPrecision()).isCloseTo(0.85, within(1e-15));
        assertThat(c.optimum().meanPrecision()).isCloseTo(0.85, within(1e-15));
        assertThat(c.optimum().savings()).isEqualTo(c.frontier().savingsAt(0.85).getAsDouble());
    }

    @Test
    void aTargetAboveTheBestFlavourLeavesTheOptimumOutOfReach() {
        Scenario s = Scenarios.twoDays().toBuilder()
                .flavours(List.of(new FlavourProfile("precision-90", 0.9, 1.0, true),
                        new FlavourProfile("precision-40", 0.4, 0.3, true)))
                .config(Scenarios.twoDays().config().withTargetError(0.05)).build();

        Comparison c = sequential.compare(s);

        assertThat(c.optimum().reachable()).isFalse();
        assertThat(c.optimum().message()).contains("95 % is out of reach").contains("precision-90, has 90 %");
        assertThat(c.rows()).hasSize(StrategyRegistry.builtIns().names().size());
    }

    @Test
    void parallelRunsGiveTheSameRowsAsOneThread() {
        Scenario s = Scenarios.twoDays();

        Comparison parallel = new StrategyComparison(simulator, new Workers(4)).compare(s);

        assertThat(parallel.rows()).isEqualTo(sequential.compare(s).rows());
    }

    @Test
    void progressHearsEveryRun() {
        List<Integer> seen = new ArrayList<>();

        sequential.compare(Scenarios.twoDays(), () -> false, (done, total) -> seen.add(done * 100 + total));

        assertThat(seen).containsExactly(108, 208, 308, 408, 508, 608, 708, 808);
    }

    @Test
    void aCancelledComparisonStops() {
        assertThatThrownBy(() -> sequential.compare(Scenarios.twoDays(), () -> true, Progress.NONE))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void anInvalidScenarioIsRefusedBeforeAnythingRuns() {
        Scenario s = Scenarios.twoDays().toBuilder()
                .config(Scenarios.twoDays().config().withCreditMin(2.0)).build();

        assertThatThrownBy(() -> sequential.compare(s)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("config.creditMin");
    }
}
