package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.DecisionEngine;
import io.carbonrouter.explorer.engine.EngineStep;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.StrategyRegistry;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A run in progress: the engine with its ledger and strategy state, and the steps recorded so far. It can
 * advance step by step (live playback) and take edited settings mid-run ({@link #apply}), which hold from
 * the next step on while the ledger and strategy state carry on.
 */
public final class Simulation {

    private final DecisionEngine engine;
    private final String policy;
    private Scenario scenario;
    private SnapshotBuilder snapshots;
    private final Run run;
    private int position;
    private boolean finished;

    Simulation(StrategyRegistry registry, Scenario scenario, String policy) {
        List<Problem> problems = ScenarioValidator.validate(scenario);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        this.policy = policy;
        this.scenario = scenario;
        this.snapshots = new SnapshotBuilder(scenario);
        this.engine = new DecisionEngine(registry, policy, scenario.config(), scenario.flavours(),
                scenario.componentBounds(), scenario.initialBalance(), scenario.seed());
        this.run = new Run(policy, scenario.start(), scenario.slotMinutes(), scenario.effectiveSteps());
    }

    /** Steps done so far. */
    public int position() {
        return position;
    }

    /** Steps the current scenario asks for. */
    public int totalSteps() {
        return scenario.effectiveSteps();
    }

    public boolean isDone() {
        return position >= totalSteps();
    }

    public String policy() {
        return policy;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Runs one step; returns what the engine produced. */
    public EngineStep step() {
        checkOpen();
        if (isDone()) {
            throw new IllegalStateException("the run is complete after " + position + " steps");
        }
        int t = position;
        ForecastSnapshot snapshot = snapshots.at(t);
        long t0 = System.nanoTime();
        EngineStep step = engine.step(snapshot);
        run.addEngineNanos(System.nanoTime() - t0);
        run.record(t, step, snapshots.intensityAt(t), snapshots.demandWeight(t), engine.flavours(),
                engine.config());
        run.recordForecast(t, snapshots.forecastAt(t));
        position++;
        return step;
    }

    /** Runs to the end; {@code cancelled} is polled and {@code progress} told the step count now and then. */
    public Run runToEnd(BooleanSupplier cancelled, IntConsumer progress) {
        int total = totalSteps();
        int every = Math.max(1, total / 100);
        while (position < total) {
            if (position % every == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("run cancelled at step " + position);
                }
                progress.accept(position);
            }
            step();
        }
        progress.accept(position);
        return finish();
    }

    public Run runToEnd() {
        return runToEnd(() -> false, p -> { });
    }

    /**
     * Takes edited settings (flavours, config, bounds, curves) from the next step on. The strategy and the
     * ledger balance carry on; a scenario with problems is refused.
     */
    public void apply(Scenario edited) {
        checkOpen();
        List<Problem> problems = ScenarioValidator.validate(edited);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        engine.reconfigure(edited.config(), edited.flavours(), edited.componentBounds());
        scenario = edited;
        snapshots = new SnapshotBuilder(edited);
        if (position > totalSteps()) {
            run.truncate(totalSteps());
            position = totalSteps();
        }
    }

    /** A finished copy of the steps done so far; the simulation can go on. */
    public Run result() {
        return run.copy(position);
    }

    /** Ends the simulation and hands over its run without copying it (a long run stays in memory once). */
    public Run finish() {
        checkOpen();
        finished = true;
        run.truncate(position);
        return run;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the simulation is finished");
        }
    }
}
