package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.ClusterModel.ClosedLoad;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusterPathTest {

    private static final double[] PATTERN = {40, 45, 50, 55, 60, 65, 70, 80, 120, 160, 200, 240, 280, 300, 300, 290,
        280, 270, 260, 250, 180, 140, 100, 80, 60, 50, 55, 50, 55, 60, 70, 80, 100, 120, 160, 200, 240, 280, 300, 300};

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());

    /** The upstream benchmark's pattern at 15 s a point, evaluated every 15 s. */
    private static Scenario benchmark(Feedback feedback, ClusterModel cluster) {
        return Scenario.builder().intensity(PATTERN).slotMinutes(0.25).repeat(true)
                .start(Optional.of(Instant.parse("2025-11-18T18:29:00Z")))
                .config(PolicyConfig.DEFAULTS.withCreditWindow(10))
                .loop(Optional.of(new DeploymentLoop(15, feedback, DemandForecast.FLAT, cluster))).build();
    }

    private static ClusterModel model(double offset, double warmup, double lag, double cache, int extra,
                                      boolean completion, ClosedLoad load) {
        return new ClusterModel(offset, warmup, lag, cache, extra, completion, Optional.ofNullable(load));
    }

    private static double carbonNow(Run run, int t) {
        return run.diagnostics().value(t, "carbon_now");
    }

    @Test
    void theClosedLoopIsBoundByItsUsersOrByTheConsumer() {
        double[] third = {1 / 3.0, 1 / 3.0, 1 / 3.0};
        double[] none = {0, 0, 0};
        ClosedLoad h = ClosedLoad.HARNESS;
        // 140 users thinking 0.1 s on average, nothing slower: 1,400 requests a second, counted after 20 ms
        double[] full = ClusterPath.closedLoop(h, third, none, 1.0, 3);
        assertThat(full[0]).isEqualTo(1400);
        assertThat(full[1]).isCloseTo(0.02, within(1e-15));
        // throttle 0.5: 96 * 0.5^3 = 12 requests in flight, each held 20 ms: 600 a second, the rest queue
        double[] half = ClusterPath.closedLoop(h, third, none, 0.5, 3);
        assertThat(half[0]).isCloseTo(600, within(1e-9));
        assertThat(half[1]).isCloseTo(140 / 600.0 - 0.1 + 0.02, within(1e-12));
        // throttle 0.2: 96 * 0.008 = 0.768 < 1, one at a time on a 76.8 % duty cycle
        assertThat(ClusterPath.inflight(h, 0.2, 3)).isCloseTo(0.768, within(1e-12));
        assertThat(ClusterPath.closedLoop(h, third, none, 0.2, 3)[0]).isCloseTo(0.768 / 0.02, within(1e-9));
        // from 0.999 the consumer lets every slot work; without its throttle the throttle is ignored
        assertThat(ClusterPath.inflight(h, 0.9995, 3)).isEqualTo(96);
        assertThat(ClusterPath.closedLoop(h.withConsumerThrottle(false), third, none, 0.05, 3)[0]).isEqualTo(1400);
        // one flavour's queue holds 32 slots: all traffic on it at 40 ms a request is 800 a second
        double[] slow = {0.04, 0, 0};
        assertThat(ClusterPath.closedLoop(h.withConsumerThrottle(false), new double[] {1, 0, 0}, slow, 1.0, 3)[0])
                .isCloseTo(800, within(1e-9));
    }

    @Test
    void aStartOffsetMovesTheRunIntoTheCurveAndItsClock() {
        // given the run starts 70 s into the pattern (the mock snapped to the minute, the run began later)
        Run run = simulator.run(benchmark(Feedback.NONE, model(70, 0, 0, 0, 0, false, null)), "credit-greedy");

        // then tick 0 lies in point 4 (70 s / 15 s), tick 1 in point 5, and the clock starts 70 s later
        assertThat(run.slot(0)).isEqualTo(4);
        assertThat(run.slot(1)).isEqualTo(5);
        assertThat(carbonNow(run, 0)).isEqualTo(60);
        assertThat(run.intensity(0)).isEqualTo(60);
        assertThat(run.timeOf(0)).isEqualTo(Instant.parse("2025-11-18T18:30:10Z"));
        // the last tick wraps around the repeating pattern
        assertThat(run.slot(run.steps() - 1)).isEqualTo(43);
        assertThat(run.intensity(run.steps() - 1)).isEqualTo(PATTERN[3]);
    }

    @Test
    void theServedIntervalSplitsAtSlotBoundariesAndKeepsEveryRequest() {
        // given a run 7 s off the slot grid, so each 15 s tick straddles two points, and a 4 s publication lag
        Scenario s = benchmark(Feedback.EXPECTED, model(7, 0, 4, 0, 0, false, null)).toBuilder()
                .demand(PATTERN).build();
        Run run = simulator.run(s, "credit-greedy");

        // then each tick serves 8/15 of its first point's demand and 7/15 of the next's
        for (int t = 0; t < run.steps(); t++) {
            int slot = run.slot(t);
            double expected = PATTERN[slot % 40] * 8 / 15 + PATTERN[(slot + 1) % 40] * 7 / 15;
            assertThat(run.demandWeight(t)).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void aPublicationLagRoutesTheStartOfEachTickByThePreviousDecision() {
        // given the same run with decisions published at once and 5 s late (no feedback: the same decisions)
        Run now = simulator.run(benchmark(Feedback.NONE, model(0, 0, 1e-300, 0, 0, false, null)), "credit-greedy");
        Run late = simulator.run(benchmark(Feedback.NONE, model(0, 0, 5, 0, 0, false, null)), "credit-greedy");

        // then a third of each tick is served by the mix of the tick before
        for (int t = 1; t < now.steps(); t++) {
            double unit = now.demandWeight(t) * now.intensity(t);
            double mixBefore = now.emissions(t - 1) / (now.demandWeight(t - 1) * now.intensity(t - 1));
            double mixNow = now.emissions(t) / unit;
            assertThat(late.balance(t)).isEqualTo(now.balance(t));
            assertThat(late.emissions(t)).isCloseTo(unit * (mixBefore / 3 + mixNow * 2 / 3), within(1e-9));
        }
    }

    @Test
    void theCarbonCacheKeepsAFetchWhileItIsYoungerThanItsTtl() {
        // given a 20 s cache: fetched at 0 s, kept at 15 s, fetched again at 30 s, kept at 45 s, ...
        Run run = simulator.run(benchmark(Feedback.NONE, model(0, 0, 0, 20, 0, false, null)), "credit-greedy");

        for (int t = 0; t < run.steps(); t++) {
            assertThat(carbonNow(run, t)).isEqualTo(PATTERN[t - t % 2]);
        }
        // and a 15 s cache (the harness's) has expired by the next tick: every tick fetches
        Run ttl15 = simulator.run(benchmark(Feedback.NONE, model(0, 0, 0, 15, 0, false, null)), "credit-greedy");
        for (int t = 0; t < ttl15.steps(); t++) {
            assertThat(carbonNow(ttl15, t)).isEqualTo(PATTERN[t]);
        }
    }

    @Test
    void aWarmUpEvaluatesBeforeTheTrafficAsTheEarlierTicksWould() {
        // given a run whose engine started 45 s (three evaluations) before the traffic, 45 s into the pattern
        Run warm = simulator.run(benchmark(Feedback.NONE, model(45, 45, 0, 0, 0, false, null)), "credit-greedy");
        // and the plain run from the pattern's start
        Run plain = simulator.run(benchmark(Feedback.NONE, ClusterModel.IDEAL), "credit-greedy");

        // then the warm run's tick 0 carries on from the plain run's tick 3
        for (int t = 0; t + 3 < plain.steps(); t++) {
            assertThat(warm.balance(t)).isEqualTo(plain.balance(t + 3));
            assertThat(warm.weights().at(t)).isEqualTo(plain.weights().at(t + 3));
        }
    }

    @Test
    void extraEvaluationsUpdateTheLedgerAsMoreTicksOnTheSameSlotWould() {
        // given one extra evaluation per 15 s tick, and a loop of twice as many ticks on the same points
        Run extra = simulator.run(benchmark(Feedback.NONE, model(0, 0, 0, 0, 1, false, null)), "credit-greedy");
        Scenario twice = benchmark(Feedback.NONE, ClusterModel.IDEAL);
        twice = twice.toBuilder().loop(Optional.of(new DeploymentLoop(7.5, Feedback.NONE, DemandForecast.FLAT)))
                .build();
        Run doubled = simulator.run(twice, "credit-greedy");

        for (int t = 0; t < extra.steps(); t++) {
            assertThat(extra.balance(t)).isEqualTo(doubled.balance(2 * t + 1));
        }
    }

    @Test
    void countingOnCompletionShiftsThePollsWindowByTheTimeToCount() {
        // given the harness's closed loop, whose throttled consumer makes requests wait before they count
        ClusterModel m = model(0, 0, 0, 0, 0, true, ClosedLoad.HARNESS);
        Run run = simulator.run(benchmark(Feedback.EXPECTED, m), "credit-greedy");

        // then the poll at tick t counts what completed in [t-1, t) ticks: each earlier tick's requests,
        // routed evenly over its interval, complete the time to count later
        boolean delayed = false;
        for (int t = 1; t < run.steps(); t++) {
            double weighted = 0;
            double total = 0;
            for (int j = 0; j < t; j++) {
                double delay = countDelay(run, j);
                delayed |= delay > 1;
                double overlap = Math.min(t * 15.0, (j + 1) * 15.0 + delay)
                        - Math.max((t - 1) * 15.0, j * 15.0 + delay);
                double n = Math.max(0, overlap) * run.demandWeight(j) / 15;
                weighted += n * run.meteredPrecision(j);
                total += n;
            }
            assertThat(run.realisedPrecision(t)).isCloseTo(weighted / total, within(1e-9));
        }
        assertThat(delayed).as("some ticks wait over a second to count").isTrue();
    }

    /** The harness's time from routing to counting for the mix of tick t (its rate from its served requests). */
    private static double countDelay(Run run, int t) {
        double rate = run.demandWeight(t) / 15;
        return 140 / rate - 0.1 + 0.02;
    }

    @Test
    void recordedAndMetricsOnlyRunsAgreeThroughTheClusterModel() {
        // given the harness's model over the pattern, started mid-pattern after a warm-up, with sampled counts
        ClusterModel m = new ClusterModel(70, 30, 1, 15, 1, true, Optional.of(ClosedLoad.HARNESS));
        for (Feedback f : Feedback.values()) {
            Scenario s = benchmark(f, m).withPolicy("forecast-aware-global");

            // when it runs recorded, for its metrics only, and streamed
            RunMetrics recorded = simulator.run(s).metrics();
            RunMetrics only = simulator.metrics(s, s.policy(), () -> false);

            // then every metric is the same, and the served requests weigh them
            assertThat(only).isEqualTo(recorded);
            assertThat(recorded.savings()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void theServedPrecisionIsTheIntegerWeightsMean() {
        // given an ideal path but a 1 ns publication lag (so the cluster model is on)
        Run run = simulator.run(benchmark(Feedback.NONE, model(0, 0, 1e-9, 0, 0, false, null)), "round-robin");

        // then the routers' integer weights 33/33/34 serve the precision, not the decision's thirds
        Map<String, Double> w = run.flavourWeights().at(0);
        double expected = (w.get("precision-100") * 1.0 + w.get("precision-50") * 0.5 + w.get("precision-30") * 0.3)
                / 100;
        assertThat(run.meteredPrecision(0)).isCloseTo(expected, within(1e-12));
        assertThat(run.avgPrecision(0)).isCloseTo(0.6, within(1e-12));
    }
}
