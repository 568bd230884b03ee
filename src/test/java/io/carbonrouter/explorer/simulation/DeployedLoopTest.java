package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DeployedLoopTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());

    private static Scenario day() {
        return Scenario.builder().intensity(120, 300, 80, 250, 40, 190).demand(100, 150, 0, 90, 200, 60)
                .slotMinutes(5).config(PolicyConfig.DEFAULTS.withCreditWindow(10)).build();
    }

    private static Scenario deployed(Scenario s, double seconds, Feedback feedback, DemandForecast demand) {
        return s.toBuilder().loop(Optional.of(new DeploymentLoop(seconds, feedback, demand))).build();
    }

    @Test
    void anIntervalOfOneSlotWithoutFeedbackIsTheOnePerSlotRun() {
        // given a scenario, and the same with one evaluation per slot-length interval and no feedback
        Scenario perSlot = day();
        Scenario ticked = deployed(perSlot, 300, Feedback.NONE, DemandForecast.CURVE);

        for (String policy : simulator.registry().names()) {
            // when both run
            Run a = simulator.run(perSlot, policy);
            Run b = simulator.run(ticked, policy);

            // then every step and metric is the same
            assertThat(b.steps()).isEqualTo(a.steps());
            for (int t = 0; t < a.steps(); t++) {
                assertThat(b.slot(t)).isEqualTo(t);
                assertThat(b.realisedPrecision(t)).isNaN();
                assertThat(b.weights().at(t)).isEqualTo(a.weights().at(t));
                assertThat(b.diagnostics().at(t)).isEqualTo(a.diagnostics().at(t));
                assertThat(b.balance(t)).isEqualTo(a.balance(t));
                assertThat(b.emissions(t)).isEqualTo(a.emissions(t));
                assertThat(b.demandWeight(t)).isEqualTo(a.demandWeight(t));
                assertThat(b.timeOf(t)).isEqualTo(a.timeOf(t));
            }
            assertThat(b.metrics()).isEqualTo(a.metrics());
        }
    }

    @Test
    void ticksFillTheSlotsAndCarryTheirShareOfDemand() {
        // given 5-minute slots evaluated every 90 s (not a divisor of the slot)
        Scenario s = deployed(day(), 90, Feedback.EXPECTED, DemandForecast.FLAT);

        // when it runs
        Run run = simulator.run(s, "credit-greedy");

        // then there are floor(6 * 300 / 90) = 20 ticks, in slot floor(k * 90 / 300), each 90/300 of its demand
        assertThat(run.steps()).isEqualTo(20);
        assertThat(run.slot(3)).isZero();
        assertThat(run.slot(4)).isEqualTo(1);
        assertThat(run.slot(19)).isEqualTo(5);
        assertThat(run.demandWeight(4)).isCloseTo(150 * 0.3, within(1e-12));
        assertThat(run.timeOf(4).getEpochSecond()).isEqualTo(360);
        assertThat(run.realisedPrecision(0)).isNaN();
        assertThat(run.realisedPrecision(1)).isBetween(0.0, 1.0);
    }

    @Test
    void aSlotWithoutDemandFeedsNothingToTheNextTick() {
        // given slot 2 has no demand
        Scenario s = deployed(day(), 60, Feedback.EXPECTED, DemandForecast.CURVE);

        // when it runs
        Run run = simulator.run(s, "credit-greedy");

        // then the ticks after a tick of slot 2 had no feedback, and the others after the first had some
        for (int t = 1; t < run.steps(); t++) {
            boolean afterIdle = run.slot(t - 1) == 2;
            assertThat(Double.isNaN(run.realisedPrecision(t))).as("tick " + t).isEqualTo(afterIdle);
        }
    }

    @Test
    void sampledFeedbackIsTheSameForTheSameSeed() {
        Scenario s = deployed(day(), 30, Feedback.SAMPLED, DemandForecast.FLAT).toBuilder().seed(11).build();

        Run a = simulator.run(s, "credit-greedy");
        Run b = simulator.run(s, "credit-greedy");
        Run other = simulator.run(s.toBuilder().seed(12).build(), "credit-greedy");

        boolean differs = false;
        for (int t = 0; t < a.steps(); t++) {
            assertThat(Double.compare(b.realisedPrecision(t), a.realisedPrecision(t))).isZero();
            assertThat(b.balance(t)).isEqualTo(a.balance(t));
            differs |= Double.compare(a.realisedPrecision(t), other.realisedPrecision(t)) != 0;
        }
        assertThat(differs).as("another seed draws other requests").isTrue();
    }

    @Test
    void sampledPrecisionTendsToTheExpectedOneOverManyRequests() {
        // given millions of requests per window
        Scenario base = day().toBuilder().demand(4e9, 6e9, 5e9, 3e9, 8e9, 2e9).build();
        Scenario sampled = deployed(base, 15, Feedback.SAMPLED, DemandForecast.FLAT);

        // when it runs
        Run run = simulator.run(sampled, "credit-greedy");

        // then each realised precision is within sampling noise of the one the published weights promise
        for (int t = 1; t < run.steps(); t++) {
            assertThat(run.realisedPrecision(t)).as("tick " + t)
                    .isCloseTo(expected(run, sampled, t - 1), within(1e-3));
        }
    }

    @Test
    void fewRequestsGiveANoisyButBoundedPrecision() {
        // given about two requests per window
        Scenario s = deployed(day().toBuilder().demand(40, 40, 40, 40, 40, 40).build(), 15, Feedback.SAMPLED,
                DemandForecast.FLAT);

        Run run = simulator.run(s, "credit-greedy");

        int fed = 0;
        for (int t = 1; t < run.steps(); t++) {
            double p = run.realisedPrecision(t);
            if (!Double.isNaN(p)) {
                fed++;
                assertThat(p).isBetween(0.3, 1.0);
            }
        }
        assertThat(fed).as("windows that saw a request").isBetween(1, run.steps() - 2);
    }

    @Test
    void theMetricsOnlyPathGivesTheSameNumbersAsAFullRun() {
        Scenario s = deployed(day(), 45, Feedback.SAMPLED, DemandForecast.CURVE).toBuilder().seed(3).build();
        for (String policy : simulator.registry().names()) {
            RunMetrics full = simulator.run(s, policy).metrics();
            RunMetrics only = simulator.metrics(s, policy, () -> false);
            assertThat(only).as(policy).isEqualTo(full);
        }
    }

    @Test
    void liveStepsAndEditsWorkOnTicks() {
        // given a deployed run played tick by tick
        Scenario s = deployed(day(), 60, Feedback.EXPECTED, DemandForecast.FLAT);
        Simulation sim = simulator.start(s, "credit-greedy");
        assertThat(sim.totalSteps()).isEqualTo(30);
        for (int i = 0; i < 12; i++) {
            sim.step();
        }

        // when an edit shortens the run mid-slot and it plays on
        sim.apply(s.toBuilder().steps(OptionalInt.of(4)).build());
        Run run = sim.runToEnd();

        // then it ends at the new tick count, every tick in its slot
        assertThat(run.steps()).isEqualTo(20);
        assertThat(run.slot(19)).isEqualTo(3);
        assertThat(run.realisedPrecision(17)).isBetween(0.0, 1.0);
    }

    /** The precision-weighted mean under the integer weights published at tick t. */
    private static double expected(Run run, Scenario s, int t) {
        double sum = 0;
        double count = 0;
        for (var f : s.flavours()) {
            double w = run.flavourWeights().value(t, f.name());
            sum += f.precision() * w;
            count += w;
        }
        return sum / count;
    }
}
