package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.MetricsRuns;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.SnapshotBuilder;

import java.util.function.BooleanSupplier;

/**
 * The highest mean precision one strategy reaches while keeping a carbon budget, found sweep-style by
 * bisecting its targetError on the shared fast path ({@link MetricsRuns}, one set of snapshots, a ledger-free
 * strategy decided once and replayed): targetError 0 first (the most precision it will buy), then 1 (the
 * least), then halving the gap between the last run over the budget and the last within it.
 */
final class BudgetSearch {

    /** Most runs one strategy's search takes. */
    static final int MAX_RUNS = 20;
    /** Emissions this far (relative) above the budget still keep it: rounding in the sums. */
    private static final double SLACK = 1e-9;
    /** The search stops once the targetErrors over and within the budget are this close. */
    private static final double RESOLUTION = 1e-5;

    private final MetricsRuns runs;
    private final SnapshotBuilder snapshots;

    BudgetSearch(MetricsRuns runs, SnapshotBuilder snapshots) {
        this.runs = runs;
        this.snapshots = snapshots;
    }

    BudgetRow search(Scenario scenario, String policy, double budget, BudgetOptimum optimum, BooleanSupplier stop) {
        MetricsRuns.Decisions decided = runs.decisions(scenario, policy, snapshots, stop);
        RunMetrics most = run(scenario, policy, 0.0, decided, stop);
        if (kept(most, budget)) {
            return row(policy, 0.0, most, true, optimum, 1);
        }
        RunMetrics least = run(scenario, policy, 1.0, decided, stop);
        if (!kept(least, budget)) {
            return row(policy, 1.0, least, false, optimum, 2);
        }
        int count = 2;
        double over = 0.0;
        double within = 1.0;
        double bestError = 1.0;
        RunMetrics best = least;
        while (count < MAX_RUNS && within - over > RESOLUTION) {
            double mid = (over + within) / 2;
            RunMetrics m = run(scenario, policy, mid, decided, stop);
            count++;
            if (kept(m, budget)) {
                within = mid;
                // Not every heuristic buys precision monotonically in its target: keep the best run seen.
                if (m.meanPrecision() > best.meanPrecision()) {
                    best = m;
                    bestError = mid;
                }
            } else {
                over = mid;
            }
        }
        return row(policy, bestError, best, true, optimum, count);
    }

    private RunMetrics run(Scenario s, String policy, double targetError, MetricsRuns.Decisions decided,
                           BooleanSupplier stop) {
        Scenario at = s.withConfig(s.config().withTargetError(targetError));
        return StrategyComparison.named(policy, () -> runs.replay(at, policy, decided, snapshots, stop));
    }

    static boolean kept(RunMetrics m, double budget) {
        return m.emissions() <= budget * (1 + SLACK);
    }

    private static BudgetRow row(String policy, double targetError, RunMetrics m, boolean kept,
                                 BudgetOptimum optimum, int count) {
        double share = kept && optimum.reachable() && optimum.meanPrecision() > 0
                ? m.meanPrecision() / optimum.meanPrecision() : Double.NaN;
        return new BudgetRow(policy, targetError, m, kept, share, count);
    }
}
