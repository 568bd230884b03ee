package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Budget;
import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.InvalidScenarioException;
import io.carbonrouter.explorer.simulation.MetricsRuns;
import io.carbonrouter.explorer.simulation.Problem;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.ScenarioValidator;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.SnapshotBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Runs every registered strategy on the same scenario, in parallel, and sets them against the optimum. */
public final class StrategyComparison {

    private final Simulator simulator;
    private final Workers workers;

    public StrategyComparison(Simulator simulator, Workers workers) {
        this.simulator = simulator;
        this.workers = workers;
    }

    public Comparison compare(Scenario scenario) {
        return compare(scenario, () -> false, Progress.NONE);
    }

    /**
     * Every strategy of the simulator's registry on the scenario. {@code cancelled} is polled during the
     * runs (a {@link CancellationException} ends the batch); {@code progress} hears each finished run.
     *
     * @throws InvalidScenarioException when the scenario cannot run
     */
    public Comparison compare(Scenario scenario, BooleanSupplier cancelled, Progress progress) {
        requireValid(scenario);
        List<String> policies = simulator.registry().names();
        SavingsFrontier frontier = OfflineOptimum.frontier(scenario);
        SnapshotBuilder snapshots = SnapshotBuilder.shared(scenario);
        List<Run> runs = workers.map(policies.size(),
                (i, stop) -> run(simulator, scenario, policies.get(i), snapshots, stop), cancelled, progress);
        List<MetricRow> rows = new ArrayList<>(runs.size());
        for (Run r : runs) {
            rows.add(MetricRow.of(r, frontier).withNotebook(NotebookRuns.of(r, scenario)));
        }
        return new Comparison(runs, rows, frontier, frontier.at(scenario.config().targetPrecision()),
                budget(scenario, policies, frontier, snapshots, cancelled, progress));
    }

    /**
     * As {@link #compare(Scenario, BooleanSupplier, Progress)} but keeping only the metrics of each run (no
     * runs for charts): a deployed year of ticks per strategy then needs no more memory than a chunk of ticks
     * (the notebook metrics read each step's weights, {@link NotebookRuns}).
     */
    public Comparison compareMetrics(Scenario scenario, BooleanSupplier cancelled, Progress progress) {
        requireValid(scenario);
        List<String> policies = simulator.registry().names();
        SavingsFrontier frontier = OfflineOptimum.frontier(scenario);
        SnapshotBuilder snapshots = SnapshotBuilder.shared(scenario);
        List<MetricRow> rows = workers.map(policies.size(), (i, stop) -> {
            NotebookRuns.Both both = named(policies.get(i),
                    () -> NotebookRuns.metrics(simulator, scenario, policies.get(i), snapshots, stop));
            return MetricRow.of(policies.get(i), both.metrics(), frontier).withNotebook(both.notebook());
        }, cancelled, progress);
        return new Comparison(List.of(), rows, frontier, frontier.at(scenario.config().targetPrecision()),
                budget(scenario, policies, frontier, snapshots, cancelled, progress));
    }

    /**
     * With a budget in the scenario, each strategy's best precision within it ({@link BudgetSearch}) and the
     * optimum for it; a budget below the least emissions any mix reaches is refused with that least amount.
     */
    private Optional<BudgetComparison> budget(Scenario scenario, List<String> policies, SavingsFrontier frontier,
                                              SnapshotBuilder snapshots, BooleanSupplier cancelled,
                                              Progress progress) {
        if (scenario.budget().isEmpty()) {
            return Optional.empty();
        }
        Budget b = scenario.budget().get();
        double amount = b.runEmissions(scenario);
        EmissionsUnit unit = EmissionsUnit.of(scenario);
        BudgetOptimum optimum = frontier.atBudget(amount, unit::format);
        if (!optimum.reachable()) {
            throw new InvalidScenarioException(List.of(new Problem("budget", optimum.message())));
        }
        BudgetSearch search = new BudgetSearch(new MetricsRuns(simulator), snapshots);
        List<BudgetRow> rows = workers.map(policies.size(),
                (i, stop) -> search.search(scenario, policies.get(i), amount, optimum, stop), cancelled, progress);
        return Optional.of(new BudgetComparison(amount, b.describe(scenario), unit, optimum, rows));
    }

    static void requireValid(Scenario scenario) {
        List<Problem> problems = ScenarioValidator.validate(scenario);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
    }

    /** One whole run that stops when told; a strategy that fails is named in the error. */
    static Run run(Simulator simulator, Scenario scenario, String policy, SnapshotBuilder snapshots,
                   BooleanSupplier stop) {
        return named(policy, () -> simulator.start(scenario, policy, snapshots).runToEnd(stop, step -> { }));
    }

    /** The metrics of one run that keeps no series, stopping when told; a strategy that fails is named. */
    static RunMetrics metrics(Simulator simulator, Scenario scenario, String policy, SnapshotBuilder snapshots,
                              BooleanSupplier stop) {
        return named(policy, () -> simulator.metrics(scenario, policy, snapshots, stop));
    }

    static <T> T named(String policy, Supplier<T> job) {
        try {
            return job.get();
        } catch (CancellationException | InvalidScenarioException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("strategy '" + policy + "' failed: " + e.getMessage(), e);
        }
    }
}
