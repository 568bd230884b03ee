package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.SnapshotBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * How robust each strategy is to forecast error: every strategy over N draws of the scenario's error model
 * (seeds seed .. seed+N-1) and once with the actual curve as its forecast, all runs in parallel.
 *
 * <p>It streams: a run keeps only its metrics and hands on two numbers (savings and mean precision), so
 * memory does not grow with the length of the runs, and grows with N only by those numbers. The jobs go draw
 * by draw, a strategy each; a draw's snapshots are built once, by the first of its runs to start, shared by
 * the other strategies and dropped after its last, so only about as many draws as threads are held at once.
 */
public final class ForecastDraws {

    /** Most draws one batch runs; each is a whole run of every strategy. */
    public static final int MAX_DRAWS = 10_000;

    private final Simulator simulator;
    private final Workers workers;

    public ForecastDraws(Simulator simulator, Workers workers) {
        this.simulator = simulator;
        this.workers = workers;
    }

    /**
     * {@code progress} hears each finished run, of {@code (draws + 1) x strategies}.
     *
     * @throws IllegalArgumentException when the scenario has no forecastError model or draws is out of range
     */
    public DrawsResult run(Scenario scenario, int draws, BooleanSupplier cancelled, Progress progress) {
        ForecastError model = scenario.forecastError().orElseThrow(() -> new IllegalArgumentException(
                "draws need a forecastError model in the scenario"));
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be from 1 to " + MAX_DRAWS + ", got " + draws);
        }
        StrategyComparison.requireValid(scenario);
        List<String> policies = simulator.registry().names();
        int p = policies.size();
        Scenario perfect = scenario.withPerfectForecast();
        double[][] savings = new double[p][draws + 1];
        double[][] precision = new double[p][draws];
        // Draw d of the jobs is seed + d; draw N (the last) is the actual curve as forecast.
        Shared shared = new Shared(p, d -> d == draws ? perfect : scenario.toBuilder()
                .forecastError(Optional.of(model.withSeed(model.seed() + d))).build());
        workers.forEach((draws + 1) * p, (i, stop) -> {
            int d = i / p;
            int k = i % p;
            Draw draw = shared.acquire(d);
            try {
                RunMetrics m = StrategyComparison.metrics(simulator, draw.scenario(), policies.get(k),
                        draw.snapshots(), stop);
                savings[k][d] = m.savings();
                if (d < draws) {
                    precision[k][d] = m.meanPrecision();
                }
            } finally {
                shared.release(d);
            }
        }, cancelled, progress);
        List<DrawRow> rows = new ArrayList<>(p);
        for (int k = 0; k < p; k++) {
            double perfectSavings = savings[k][draws];
            Band savingsBand = Band.of(Arrays.copyOf(savings[k], draws));
            rows.add(new DrawRow(policies.get(k), savingsBand, Band.of(precision[k]), perfectSavings,
                    perfectSavings - savingsBand.mean()));
        }
        return new DrawsResult(draws, model.seed(), rows);
    }

    /** One draw's scenario and the snapshots its strategies share. */
    private record Draw(Scenario scenario, SnapshotBuilder snapshots) {
    }

    /** Each draw while any of its runs needs it, built by the first to ask and dropped after the last. */
    private static final class Shared {

        private final int users;
        private final IntFunction<Scenario> scenarios;
        private final Map<Integer, Holder> live = new HashMap<>();

        Shared(int users, IntFunction<Scenario> scenarios) {
            this.users = users;
            this.scenarios = scenarios;
        }

        private static final class Holder {
            private Draw draw;
            private int left;
        }

        Draw acquire(int d) {
            Holder h;
            synchronized (live) {
                h = live.computeIfAbsent(d, key -> new Holder());
            }
            // Built under the draw's own lock, not the map's, so two threads build two draws at once.
            synchronized (h) {
                if (h.draw == null) {
                    Scenario s = scenarios.apply(d);
                    h.draw = new Draw(s, SnapshotBuilder.shared(s));
                    h.left = users;
                }
                return h.draw;
            }
        }

        void release(int d) {
            synchronized (live) {
                Holder h = live.get(d);
                synchronized (h) {
                    if (--h.left <= 0) {
                        live.remove(d);
                    }
                }
            }
        }
    }
}
