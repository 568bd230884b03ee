package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NotebookRunsTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());

    /** The upstream benchmark's shape: flavours 100/50/30 at factors 1.0/0.6/0.3, energy 1.00/0.50/0.30. */
    private static Scenario upstream() {
        Scenario s = Scenarios.twoDays();
        return s.toBuilder().energy(s.energy().withNotebook(
                Map.of("precision-100", 1.0, "precision-50", 0.5, "precision-30", 0.3))).build();
    }

    @Test
    void withTheCarbonFactorsAsEnergyTheLinearReductionIsOurSavings() {
        // given no notebook energy: every flavour counts its carbon factor, and the forecast is the actual curve
        Scenario s = Scenarios.twoDays();

        for (String policy : simulator.registry().names()) {
            Run run = simulator.run(s, policy);
            NotebookMetrics n = NotebookRuns.of(run, s);

            assertThat(n.linearCarbonReduction() / 100).as(policy)
                    .isCloseTo(run.metrics().savings(), within(1e-12));
            assertThat(n.requestWeightedPrecision()).as(policy)
                    .isCloseTo(run.metrics().meanPrecision(), within(1e-12));
        }
    }

    @Test
    void theNotebookEnergyIsSetApartFromTheCarbonFactors() {
        Scenario s = upstream();
        Run run = simulator.run(s, "round-robin");

        NotebookMetrics n = NotebookRuns.of(run, s);

        // round-robin splits evenly: energy (0.3 + 0.5 + 1.0) / 3 = 0.6 of p100's, whatever the intensity
        assertThat(n.linearCarbonReduction()).isCloseTo(40.0, within(1e-9));
        assertThat(n.nonLinearCarbonReduction()).isCloseTo(40.0, within(1e-9));
        assertThat(run.metrics().savings()).isCloseTo(1 - (0.3 + 0.6 + 1.0) / 3, within(1e-9));
        assertThat(n.requestWeightedPrecision()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void p100DeliversEverythingAtPeakAndReducesNothing() {
        Scenario s = upstream();

        NotebookMetrics n = NotebookRuns.of(simulator.run(s, "p100"), s);

        assertThat(n.linearCarbonReduction()).isZero();
        assertThat(n.requestWeightedPrecision()).isEqualTo(1.0);
        assertThat(n.demandWeightedPrecision()).isCloseTo(1.0, within(1e-12));
        // No slot's demand is down to 0.3 of the peak: the notebook takes 0 there, floored at 0.01.
        assertThat(n.smartAllocationRatio()).isCloseTo(100.0, within(1e-9));
        assertThat(n.peakP100Delivery()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void eachStepIsOneSampleOfItsSlotsDemandSplitByTheWeights() {
        Scenario s = upstream();
        Run run = simulator.run(s, "credit-greedy");
        List<NotebookSample> samples = new ArrayList<>();
        for (int t = 0; t < run.steps(); t++) {
            double d = s.demand()[t];
            samples.add(new NotebookSample(s.intensity()[t], d, d * run.weights().value(t, "precision-30"),
                    d * run.weights().value(t, "precision-50"), d * run.weights().value(t, "precision-100")));
        }
        double peak = 0;
        for (double d : s.demand()) {
            peak = Math.max(peak, d);
        }
        NotebookFlavours order = new NotebookFlavours(List.of("precision-30", "precision-50", "precision-100"),
                new double[] {0.3, 0.5, 1.0}, new double[] {0.3, 0.5, 1.0}, 2);

        NotebookMetrics byHand = NotebookAccumulator.of(order, peak, samples);
        NotebookMetrics n = NotebookRuns.of(run, s);

        assertThat(n.linearCarbonReduction()).isCloseTo(byHand.linearCarbonReduction(), within(1e-9));
        assertThat(n.nonLinearCarbonReduction()).isCloseTo(byHand.nonLinearCarbonReduction(), within(1e-9));
        assertThat(n.demandWeightedPrecision()).isCloseTo(byHand.demandWeightedPrecision(), within(1e-12));
        assertThat(n.smartAllocationRatio()).isCloseTo(byHand.smartAllocationRatio(), within(1e-12));
        assertThat(n.peakP100Delivery()).isCloseTo(byHand.peakP100Delivery(), within(1e-12));
    }

    @Test
    void withoutADemandCurveTheDemandMetricsAreUndefined() {
        Scenario s = Scenario.of(120, 300, 80, 40);

        NotebookMetrics n = NotebookRuns.of(simulator.run(s, "credit-greedy"), s);

        assertThat(n.requests()).isEqualTo(400.0);
        assertThat(n.demandWeightedPrecision()).isNaN();
        assertThat(n.smartAllocationRatio()).isNaN();
        assertThat(n.peakP100Delivery()).isNaN();
    }

    @Test
    void aRunThatKeepsNoSeriesGivesTheRecordedRunsNumbers() {
        // given a deployed loop with feedback, 10,000 ticks
        double[] intensity = new double[500];
        double[] demand = new double[500];
        for (int i = 0; i < intensity.length; i++) {
            intensity[i] = 150 + 120 * Math.sin(i / 7.0);
            demand[i] = 50 + (i * 37 % 90);
        }
        Scenario s = upstream().toBuilder().intensity(intensity).demand(demand).slotMinutes(5)
                .loop(Optional.of(new DeploymentLoop(15, Feedback.EXPECTED, DemandForecast.FLAT))).build();

        NotebookRuns.Both streamed = NotebookRuns.metrics(simulator, s, "forecast-aware", null, () -> false);
        Run run = simulator.run(s, "forecast-aware");

        assertThat(streamed.notebook()).isEqualTo(NotebookRuns.of(run, s));
        assertThat(streamed.metrics()).isEqualTo(run.metrics());
    }

    @Test
    void aRunThatKeepsNoSeriesStopsWhenCancelled() {
        Scenario s = upstream().toBuilder().steps(java.util.OptionalInt.of(5000)).repeat(true)
                .build();

        assertThatThrownBy(() -> NotebookRuns.metrics(simulator, s, "p100", null, () -> true))
                .isInstanceOf(CancellationException.class);
    }
}
