package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.DecisionEngine;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
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
import java.util.function.IntUnaryOperator;

/**
 * How robust each strategy is to forecast error: every strategy over N draws of the scenario's error model
 * (seeds seed .. seed+N-1) and once with the actual curve as its forecast, all runs in parallel.
 *
 * <p>It streams: a run keeps only its metrics and hands on three numbers (savings, mean precision and share
 * of the ideal), so memory does not grow with the length of the runs, and grows with N only by those numbers.
 * The jobs go draw by draw, a strategy each; a draw's snapshots are built once, by the first of its runs to
 * start, shared by the other strategies and dropped after its last, so only about as many draws as threads
 * are held at once.
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
     * {@code progress} hears each finished run: every strategy on every draw and on the actual curve, but a
     * strategy that reads neither the forecast nor the ledger only on the actual curve (its draws are alike).
     *
     * @throws IllegalArgumentException when the scenario has no forecastError model or draws is out of range
     */
    public DrawsResult run(Scenario scenario, int draws, BooleanSupplier cancelled, Progress progress) {
        ForecastError model = scenario.forecastError().orElseThrow(() -> new IllegalArgumentException(
                "draws need a forecastError model in the scenario"));
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be from 1 to " + MAX_DRAWS + ", got " + draws);
        }
        if (model.seed() > Long.MAX_VALUE - (draws - 1)) {
            throw new IllegalArgumentException("the draws' seeds " + model.seed() + ".." + model.seed() + "+"
                    + (draws - 1) + " would pass the largest seed " + Long.MAX_VALUE + " and wrap to negative ones");
        }
        StrategyComparison.requireValid(scenario);
        List<String> policies = simulator.registry().names();
        int p = policies.size();
        boolean[] blind = blind(scenario, policies);
        int[] jobs = jobs(blind, draws);
        int seeing = (jobs.length - p) / draws;
        Scenario perfect = scenario.withPerfectForecast();
        double[][] savings = new double[p][draws + 1];
        double[][] precision = new double[p][draws + 1];
        double[][] share = new double[p][draws + 1];
        // Every draw runs on the actual curve, so one frontier measures each draw's share of the ideal.
        SavingsFrontier frontier = OfflineOptimum.frontier(scenario);
        Shared shared = new Shared(d -> d == draws ? p : seeing, d -> d == draws ? perfect : scenario.toBuilder()
                .forecastError(Optional.of(model.withSeed(model.seed() + d))).build());
        workers.forEach(jobs.length, (i, stop) -> {
            int d = jobs[i] / p;
            int k = jobs[i] % p;
            Draw draw = shared.acquire(d);
            try {
                RunMetrics m = StrategyComparison.metrics(simulator, draw.scenario(), policies.get(k),
                        draw.snapshots(), stop);
                savings[k][d] = m.savings();
                precision[k][d] = m.meanPrecision();
                share[k][d] = frontier.idealShare(m);
            } finally {
                shared.release(d);
            }
        }, cancelled, progress);
        for (int k = 0; k < p; k++) {
            if (blind[k]) {
                Arrays.fill(savings[k], savings[k][draws]);
                Arrays.fill(precision[k], precision[k][draws]);
                Arrays.fill(share[k], share[k][draws]);
            }
        }
        List<DrawRow> rows = new ArrayList<>(p);
        for (int k = 0; k < p; k++) {
            double perfectSavings = savings[k][draws];
            Band savingsBand = Band.of(Arrays.copyOf(savings[k], draws));
            rows.add(new DrawRow(policies.get(k), savingsBand, Band.of(Arrays.copyOf(precision[k], draws)),
                    perfectSavings, perfectSavings - savingsBand.mean(), Band.of(Arrays.copyOf(share[k], draws)),
                    share[k][draws]));
        }
        return new DrawsResult(draws, model.seed(), rows);
    }

    /** How many runs {@link #run} makes of {@code draws} draws of the scenario: what its progress counts to. */
    public int runs(Scenario scenario, int draws) {
        return jobs(blind(scenario, simulator.registry().names()), draws).length;
    }

    /**
     * The runs, {@code d * strategies + k} each, draw by draw (draw d has seed + d; draw N is the actual curve
     * as forecast), a strategy each; a strategy that reads neither forecast nor ledger decides alike on every
     * draw, so it runs on draw N alone.
     */
    private static int[] jobs(boolean[] blind, int draws) {
        int p = blind.length;
        int seeing = 0;
        for (boolean b : blind) {
            seeing += b ? 0 : 1;
        }
        int[] jobs = new int[seeing * draws + p];
        for (int d = 0, j = 0; d <= draws; d++) {
            for (int k = 0; k < p; k++) {
                if (d == draws || !blind[k]) {
                    jobs[j++] = d * p + k;
                }
            }
        }
        return jobs;
    }

    /** Which strategies read neither the forecast nor the ledger, as each says of itself. */
    private boolean[] blind(Scenario s, List<String> policies) {
        boolean[] out = new boolean[policies.size()];
        for (int k = 0; k < out.length; k++) {
            SchedulerPolicy policy = new DecisionEngine(simulator.registry(), policies.get(k), s.config(),
                    s.flavours(), s.componentBounds(), s.initialBalance(), s.seed()).policy();
            out[k] = !policy.readsForecast() && !policy.readsLedger();
        }
        return out;
    }

    /** One draw's scenario and the snapshots its strategies share. */
    private record Draw(Scenario scenario, SnapshotBuilder snapshots) {
    }

    /** Each draw while any of its runs needs it, built by the first to ask and dropped after the last. */
    private static final class Shared {

        private final IntUnaryOperator users;
        private final IntFunction<Scenario> scenarios;
        private final Map<Integer, Holder> live = new HashMap<>();

        Shared(IntUnaryOperator users, IntFunction<Scenario> scenarios) {
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
                    h.left = users.applyAsInt(d);
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
