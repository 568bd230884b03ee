package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SimulationTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());

    @Test
    void theSnapshotStopsAtTheCurveEndUnlessItRepeats() {
        Scenario s = Scenario.builder().intensity(10, 20, 30, 40).horizonSlots(3).build();
        SnapshotBuilder b = new SnapshotBuilder(s);

        ForecastSnapshot last = b.at(3);
        assertThat(last.schedule().size()).isEqualTo(1);
        assertThat(last.intensityNext()).hasValue(40);
        assertThat(b.at(1).intensityNext()).hasValue(30);
        assertThat(b.at(2).schedule().size()).isEqualTo(2);

        SnapshotBuilder wrapped = new SnapshotBuilder(s.toBuilder().repeat(true).build());
        ForecastSnapshot w = wrapped.at(5);
        assertThat(w.intensityNow()).hasValue(20);
        assertThat(w.schedule().size()).isEqualTo(3);
        assertThat(w.schedule().raw(2)).isEqualTo(40);
        assertThat(wrapped.at(3).schedule().raw(1)).isEqualTo(10);
    }

    @Test
    void demandNextIsTheFollowingSlotOrTheSameAtTheEnd() {
        Scenario s = Scenario.builder().intensity(1, 2, 3).demand(100, 150, 90).build();
        SnapshotBuilder b = new SnapshotBuilder(s);
        assertThat(b.at(0).demandNext()).hasValue(150);
        assertThat(b.at(2).demandNow()).hasValue(90);
        assertThat(b.at(2).demandNext()).hasValue(90);
        assertThat(new SnapshotBuilder(s.toBuilder().repeat(true).build()).at(2).demandNext()).hasValue(100);

        ForecastSnapshot none = new SnapshotBuilder(Scenario.of(1, 2)).at(0);
        assertThat(none.demandNow()).hasValue(100);
        assertThat(none.demandNext()).hasValue(100);
    }

    @Test
    void p100SavesNothingAndMetricsFollowTheirDefinitions() {
        Scenario s = Scenario.builder().intensity(100, 300, 50).demand(1, 2, 1).build();
        RunMetrics p100 = simulator.run(s, "p100").metrics();
        assertThat(p100.savings()).isZero();
        assertThat(p100.meanPrecision()).isEqualTo(1.0);
        assertThat(p100.baselineEmissions()).isEqualTo(100 + 600 + 50);

        Run rr = simulator.run(s, "round-robin");
        double mix = (1.0 + 0.6 + 0.3) / 3;
        assertThat(rr.metrics().emissions()).isCloseTo(750 * mix, within(1e-9));
        assertThat(rr.metrics().savings()).isCloseTo(1 - mix, within(1e-9));
        assertThat(rr.metrics().meanPrecision()).isCloseTo(0.6, within(1e-9));
        assertThat(rr.metrics().shareBelowTarget()).isEqualTo(1.0);
        assertThat(rr.metrics().minPrecision()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void anEditMidRunAppliesFromTheNextStepAndTheLedgerCarriesOn() {
        Scenario s = Scenario.builder().intensity(100, 200, 300, 250, 150, 90).build();
        Run whole = simulator.run(s);
        Simulation live = simulator.start(s);
        live.step();
        live.step();
        Scenario edited = s.toBuilder().flavours(List.of(new FlavourProfile("precision-100", 1, 1, true),
                new FlavourProfile("precision-50", 0.5, 0.6, false), new FlavourProfile("precision-30", 0.3, 0.3,
                        true))).build();

        live.apply(edited);
        Run run = live.runToEnd();

        assertThat(run.steps()).isEqualTo(6);
        for (int t = 0; t < 2; t++) {
            assertThat(run.weights().at(t)).isEqualTo(whole.weights().at(t));
        }
        assertThat(run.weights().at(2)).doesNotContainKey("precision-50");
        assertThat(run.diagnostics().value(2, "credit_balance")).isEqualTo(whole.balance(1));
        Run fresh = simulator.run(edited);
        assertThat(run.balance(5)).isNotEqualTo(fresh.balance(5));
    }

    @Test
    void aShorterCurveMidRunEndsTheRunThere() {
        Simulation live = simulator.start(Scenario.of(1, 2, 3, 4, 5));
        live.step();
        live.step();
        live.step();
        live.apply(Scenario.of(1, 2));
        assertThat(live.isDone()).isTrue();
        assertThat(live.result().steps()).isEqualTo(2);
    }

    @Test
    void aRunCanBeCancelledAndReportsProgress() {
        Scenario s = Scenario.builder().intensity(1, 2, 3).repeat(true).steps(OptionalInt.of(10_000)).build();
        int[] calls = {0};
        assertThatThrownBy(() -> simulator.start(s).runToEnd(() -> ++calls[0] > 3, p -> { }))
                .isInstanceOf(CancellationException.class);
        int[] last = {-1};
        simulator.start(s).runToEnd(() -> false, p -> last[0] = p);
        assertThat(last[0]).isEqualTo(10_000);
    }

    @Test
    void anInvalidScenarioDoesNotStart() {
        Scenario s = Scenario.builder().intensity(1).config(PolicyConfig.DEFAULTS.withCreditMin(2)).build();
        assertThatThrownBy(() -> simulator.run(s)).isInstanceOf(InvalidScenarioException.class)
                .hasMessageContaining("config.creditMin");
        assertThatThrownBy(() -> simulator.run(Scenario.of(1), "nope"))
                .hasMessageContaining("unknown policy 'nope'; registered: credit-greedy");
    }

    @Test
    void zeroDemandEverywhereWeighsStepsEqually() {
        Scenario s = Scenario.builder().intensity(1, 2).demand(0, 0).build();
        assertThat(simulator.run(s, "round-robin").metrics().meanPrecision()).isCloseTo(0.6, within(1e-9));
    }
}
