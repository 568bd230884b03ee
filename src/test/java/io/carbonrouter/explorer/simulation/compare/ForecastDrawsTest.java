package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** compare --draws streams: metrics only, each draw's snapshots shared by its strategies. */
class ForecastDrawsTest {

    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());

    /** A deployed loop that feeds the served precision back, with a drawn forecast: the heaviest path. */
    private static Scenario deployedWithError() {
        return Scenario.builder().intensity(220, 40, 310, 95, 180, 60, 260, 140).demand(100, 30, 250, 0, 80, 140,
                        60, 90).slotMinutes(5).repeat(true).steps(OptionalInt.of(20)).horizonSlots(6).seed(3)
                .loop(Optional.of(new DeploymentLoop(70, Feedback.SAMPLED, DemandForecast.CURVE)))
                .forecastError(Optional.of(new ForecastError(2, 30, 0.1, 0.7, 40))).build();
    }

    @Test
    void everyBandIsThatOfWholeRecordedRunsOnEachDrawBitForBit() {
        Scenario s = deployedWithError();
        int n = 5;

        DrawsResult r = new ForecastDraws(simulator, new Workers(2)).run(s, n, () -> false, Progress.NONE);

        List<String> policies = simulator.registry().names();
        SavingsFrontier frontier = OfflineOptimum.frontier(s);
        for (int k = 0; k < policies.size(); k++) {
            double[] savings = new double[n];
            double[] precision = new double[n];
            double[] share = new double[n];
            for (int d = 0; d < n; d++) {
                Scenario drawn = s.toBuilder().forecastError(Optional.of(s.forecastError().get().withSeed(40 + d)))
                        .build();
                RunMetrics m = simulator.run(drawn, policies.get(k)).metrics();
                savings[d] = m.savings();
                precision[d] = m.meanPrecision();
                share[d] = frontier.idealShare(m);
            }
            RunMetrics perfect = simulator.run(s.withPerfectForecast(), policies.get(k)).metrics();
            assertThat(r.rows().get(k)).isEqualTo(new DrawRow(policies.get(k), Band.of(savings), Band.of(precision),
                    perfect.savings(), perfect.savings() - Band.of(savings).mean(), Band.of(share),
                    frontier.idealShare(perfect)));
        }
    }

    @Test
    void progressCountsTheRunsMadeAndTheStrategiesBlindToTheForecastRunOnlyOnTheActualCurve() {
        List<Integer> totals = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger last = new AtomicInteger();
        ForecastDraws draws = new ForecastDraws(simulator, new Workers(2));

        draws.run(deployedWithError(), 4, () -> false, (done, total) -> {
            totals.add(total);
            last.set(done);
        });

        // 5 strategies that read the forecast or the ledger on 4 draws and the actual curve, the 3 others once
        int runs = 5 * 5 + 3;
        assertThat(draws.runs(deployedWithError(), 4)).isEqualTo(runs);
        assertThat(totals).hasSize(runs).containsOnly(runs);
        assertThat(last).hasValue(runs);
    }

    @Test
    void aCancelStopsTheBatchPartWay() {
        AtomicInteger done = new AtomicInteger();

        assertThatThrownBy(() -> new ForecastDraws(simulator, new Workers(2)).run(deployedWithError(), 200,
                () -> done.get() >= 10, (d, total) -> done.set(d))).isInstanceOf(CancellationException.class);
        assertThat(done.get()).isLessThan(20);
    }
}
