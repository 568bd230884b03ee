package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DeployedComparisonTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());
    private final StrategyComparison comparison = new StrategyComparison(simulator, Workers.callingThread());

    /** Slots of 5 minutes evaluated every 70 s: slots get 4 or 5 ticks, and the last slot only some. */
    private static Scenario deployed(Feedback feedback) {
        return Scenario.builder().intensity(220, 40, 310, 95, 180, 60, 260).demand(100, 30, 250, 0, 80, 140, 60)
                .slotMinutes(5).loop(Optional.of(new DeploymentLoop(70, feedback, DemandForecast.FLAT))).build();
    }

    @Test
    void theOptimumStaysABoundOnEveryStrategyInTickTerms() {
        for (Feedback feedback : Feedback.values()) {
            // given a deployed scenario whose interval does not divide the slot
            Comparison c = comparison.compare(deployed(feedback));

            // then no strategy beats the offline optimum at its own mean precision
            for (MetricRow row : c.rows()) {
                assertThat(row.regret()).as(feedback + " " + row.policy()).isGreaterThanOrEqualTo(-1e-12);
            }
        }
    }

    @Test
    void theFrontierWeighsEachSlotByTheTicksItGot() {
        // given the p100 run: its emissions are the frontier's baseline only if slots are weighed per tick
        Scenario s = deployed(Feedback.EXPECTED);
        double p100 = simulator.run(s, "p100").metrics().emissions();

        assertThat(OfflineOptimum.frontier(s).baselineEmissions()).isCloseTo(p100,
                within(1e-9 * p100));
    }

    @Test
    void metricsOnlyComparisonHasTheRowsOfTheFullOne() {
        Scenario s = deployed(Feedback.SAMPLED);

        Comparison full = comparison.compare(s);
        Comparison metrics = comparison.compareMetrics(s, () -> false, Progress.NONE);

        assertThat(metrics.runs()).isEmpty();
        assertThat(metrics.rows()).isEqualTo(full.rows());
        assertThat(metrics.optimum()).isEqualTo(full.optimum());
    }
}
