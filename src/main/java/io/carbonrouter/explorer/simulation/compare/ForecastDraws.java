package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * How robust each strategy is to forecast error: every strategy over N draws of the scenario's error model
 * (seeds seed .. seed+N-1) and once with the actual curve as its forecast, all runs in parallel.
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
        int drawRuns = policies.size() * draws;
        Scenario perfect = scenario.withPerfectForecast();
        List<RunMetrics> metrics = workers.map(drawRuns + policies.size(), (i, stop) -> {
            if (i >= drawRuns) {
                return metrics(perfect, policies.get(i - drawRuns), stop);
            }
            Scenario drawn = scenario.toBuilder()
                    .forecastError(Optional.of(model.withSeed(model.seed() + i % draws))).build();
            return metrics(drawn, policies.get(i / draws), stop);
        }, cancelled, progress);
        // Every draw runs on the actual curve, so one frontier measures each draw's share of the ideal.
        SavingsFrontier frontier = OfflineOptimum.frontier(scenario);
        List<DrawRow> rows = new ArrayList<>(policies.size());
        for (int p = 0; p < policies.size(); p++) {
            double[] savings = new double[draws];
            double[] precision = new double[draws];
            double[] share = new double[draws];
            for (int d = 0; d < draws; d++) {
                RunMetrics m = metrics.get(p * draws + d);
                savings[d] = m.savings();
                precision[d] = m.meanPrecision();
                share[d] = frontier.idealShare(m);
            }
            Band savingsBand = Band.of(savings);
            RunMetrics actual = metrics.get(drawRuns + p);
            rows.add(new DrawRow(policies.get(p), savingsBand, Band.of(precision), actual.savings(),
                    actual.savings() - savingsBand.mean(), Band.of(share), frontier.idealShare(actual)));
        }
        return new DrawsResult(draws, model.seed(), rows);
    }

    private RunMetrics metrics(Scenario s, String policy, BooleanSupplier stop) {
        return StrategyComparison.run(simulator, s, policy, null, stop).metrics();
    }
}
