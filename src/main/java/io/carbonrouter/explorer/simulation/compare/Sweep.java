package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.MetricsRuns;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.SnapshotBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs strategies over every point of a sweep plan, all points and strategies in parallel. Only the metric
 * rows are kept, so a large sweep needs no more memory than a few runs at a time.
 */
public final class Sweep {

    private final Simulator simulator;
    private final Workers workers;

    public Sweep(Simulator simulator, Workers workers) {
        this.simulator = simulator;
        this.workers = workers;
    }

    /**
     * Every registered strategy, or just the named ones, in the order named; an unknown name or one named twice is
     * refused before anything runs (as the registry refuses them: {@link StrategyRegistry#only}).
     */
    public List<String> policies(List<String> requested) {
        if (requested.isEmpty()) {
            return simulator.registry().names();
        }
        try {
            return simulator.registry().only(requested).names();
        } catch (IllegalArgumentException e) {
            throw new SweepSpecException(e.getMessage());
        }
    }

    public SweepResult run(SweepPlan plan, List<String> policies) {
        return run(plan, policies, () -> false, Progress.NONE);
    }

    /**
     * Runs each policy at each point of the plan. {@code cancelled} is polled during the runs (a
     * {@link CancellationException} ends the sweep); {@code progress} hears each finished run.
     */
    public SweepResult run(SweepPlan plan, List<String> policies, BooleanSupplier cancelled, Progress progress) {
        List<String> names = policies(policies);
        // Sweep parameters leave flavours and curves alone, so one frontier serves every point: the first run to
        // end works it out while the other workers go on stepping (and none waits for it: the rows that need it
        // are made once every run has ended).
        FirstComes<SavingsFrontier> frontier = new FirstComes<>(() -> OfflineOptimum.frontier(plan.base()));
        List<SweepPoint> points = plan.points();
        int n = names.size();
        // Built once: every point whose curves and forecast match the base (all but forecast error sweeps).
        SnapshotBuilder snapshots = SnapshotBuilder.shared(plan.base());
        MetricsRuns runs = new MetricsRuns(simulator);
        // The plan kept only the points it found valid: the runs need not check them again.
        runs.checked(points.stream().map(SweepPoint::scenario).toList());
        // A strategy that does not read the ledger decides the same at every point: once, then replayed.
        List<Once<MetricsRuns.Decisions>> decided = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            decided.add(new Once<>());
        }
        int[] order = endsFirst(points.size());
        List<RunMetrics> byJob = workers.map(points.size() * n, (job, stop) -> {
            String policy = names.get(job % n);
            Scenario scenario = points.get(order[job / n]).scenario();
            RunMetrics m = StrategyComparison.named(policy, () -> {
                MetricsRuns.Decisions d = decided.get(job % n)
                        .get(() -> runs.decisions(scenario, policy, snapshots, stop));
                return runs.replay(scenario, policy, d, snapshots, stop);
            });
            frontier.offer();
            return m;
        }, cancelled, progress);
        SavingsFrontier savings = frontier.get();
        MetricRow[] metrics = new MetricRow[byJob.size()];
        for (int job = 0; job < metrics.length; job++) {
            metrics[order[job / n] * n + job % n] = MetricRow.of(names.get(job % n), byJob.get(job), savings);
        }
        List<SweepRow> rows = new ArrayList<>(metrics.length);
        for (int i = 0; i < metrics.length; i++) {
            rows.add(new SweepRow(points.get(i / n), metrics[i]));
        }
        return new SweepResult(plan.spec().parameters(), rows, plan.skipped(), savings);
    }

    /**
     * The grid points in the order they run: the two ends first, then inwards (0, m-1, 1, m-2, ...). The first
     * runs then meet the extremes of the settings (a ledger always in debt, one always full), so the compiled
     * engine has seen every branch early and is not compiled again when a later point takes a new one.
     */
    static int[] endsFirst(int m) {
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i % 2 == 0 ? i / 2 : m - 1 - i / 2;
        }
        return order;
    }

    /**
     * A value worked out by the first job that offers to, while the others go on without it; read once every job
     * has ended (worked out then if no job did).
     */
    private static final class FirstComes<T> {

        private final Supplier<T> make;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private T value;

        FirstComes(Supplier<T> make) {
            this.make = make;
        }

        void offer() {
            if (claimed.compareAndSet(false, true)) {
                value = make.get();
            }
        }

        /** The value; call after the jobs, whose end makes what {@link #offer} wrote visible. */
        T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }

    /** A value worked out by the first job that needs it; the others wait for it. */
    private static final class Once<T> {

        private T value;

        synchronized T get(Supplier<T> make) {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }
}
