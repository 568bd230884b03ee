package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.DecisionEngine;
import io.carbonrouter.explorer.engine.EngineStep;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StepBuffer;
import io.carbonrouter.explorer.engine.StrategyRegistry;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A run in progress: the engine with its ledger and strategy state, and the steps recorded so far. A step is
 * one evaluation tick of the scenario's clock (one per slot without a deployment loop). It can advance step
 * by step (live playback) and take edited settings mid-run ({@link #apply}), which hold from the next step
 * on while the ledger and strategy state carry on.
 */
public final class Simulation {

    private final DecisionEngine engine;
    private final String policy;
    private final LedgerFeedback feedback;
    /** The cluster model's path from decisions to served requests; null when every part is ideal. */
    private ClusterPath path;
    private final MetricsAccumulator sums = new MetricsAccumulator();
    private StepObserver observer = StepObserver.NONE;
    private List<FlavourProfile> namedFlavours;
    private List<String> names = List.of();
    private Scenario scenario;
    private SnapshotBuilder snapshots;
    private TickClock clock;
    private Run run;
    private final StepBuffer buffer = new StepBuffer();
    private CarbonFactors carbon;
    private int snapshotSlot = -1;
    private ForecastSnapshot snapshot;
    /** The slot whose forecast-now {@link #forecastNow} holds (-1: none yet). */
    private int forecastSlot = -1;
    private double forecastNow;
    private long engineNanos;
    /** Where a stream's later half began (-1 before), and the engine time spent by then. */
    private int halfPosition = -1;
    private long halfEngineNanos;
    private int position;
    private boolean finished;

    Simulation(StrategyRegistry registry, Scenario scenario, String policy, boolean keepSeries,
               SnapshotBuilder shared) {
        List<Problem> problems = ScenarioValidator.validate(scenario);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        this.policy = policy;
        this.scenario = scenario;
        this.snapshots = shared != null && shared.fits(scenario) ? shared : new SnapshotBuilder(scenario);
        this.clock = scenario.clock();
        this.feedback = new LedgerFeedback(scenario.loop().map(DeploymentLoop::feedback)
                .orElse(DeploymentLoop.Feedback.NONE), scenario.seed());
        this.engine = new DecisionEngine(registry, policy, scenario.config(), scenario.flavours(),
                scenario.componentBounds(), scenario.initialBalance(), scenario.seed());
        this.carbon = new CarbonFactors(engine.flavours());
        this.path = pathOf(scenario);
        this.run = keepSeries ? new Run(policy, scenario.start(), clock, clock.ticks(), era(0), path != null) : null;
    }

    /** The cluster model of a scenario: {@link ClusterModel#IDEAL} without a deployment loop. */
    static ClusterModel cluster(Scenario s) {
        return s.loop().map(DeploymentLoop::cluster).orElse(ClusterModel.IDEAL);
    }

    private static ClusterPath pathOf(Scenario s) {
        ClusterModel m = cluster(s);
        return m.isIdeal() ? null : new ClusterPath(m, s.loop().get().evaluationSeconds(), s.slotMinutes() * 60.0,
                s.flavours().size(), s.intensity().length);
    }

    /**
     * Whether {@link #apply} can take {@code edited} from the next step on: the same cluster model (a path
     * already travelled cannot be re-timed; another model replays the run instead).
     */
    public boolean takesLive(Scenario edited) {
        return cluster(edited).equals(cluster(scenario));
    }

    /** The settings in force from tick {@code from} on, for what the run computes again instead of storing. */
    private Run.Era era(int from) {
        PolicyConfig config = engine.config();
        return new Run.Era(from, clock, snapshots, config.targetPrecision(), config.creditMin(), carbon.baseline());
    }

    /** Time spent inside the engine so far, in nanoseconds (0 for a run started for its metrics only). */
    public long engineNanos() {
        return engineNanos + (run == null ? 0 : run.engineNanos());
    }

    /**
     * Engine time per step over the streamed run's later half (from the first chunk boundary past half way),
     * in nanoseconds; NaN before a stream reached it. A run's first steps are interpreted and compiled while
     * they run, so this is the figure to set beside a benchmark's, which measures after a warm-up too.
     */
    public double laterHalfNanosPerStep() {
        return halfPosition < 0 || position <= halfPosition ? Double.NaN
                : (double) (engineNanos() - halfEngineNanos) / (position - halfPosition);
    }

    /** Steps done so far. */
    public int position() {
        return position;
    }

    /** Steps the current scenario asks for. */
    public int totalSteps() {
        return clock.ticks();
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

    /** Runs one step (the feedback update first, when one is due); returns what the engine produced. */
    public EngineStep step() {
        tick(true);
        return engine.copy(buffer);
    }

    /**
     * Runs the steps up to {@code target} (capped at the end) without handing any out: {@code cancelled} is
     * polled and {@code progress} told the step count now and then.
     */
    public void advanceTo(int target, BooleanSupplier cancelled, IntConsumer progress) {
        int end = Math.min(target, totalSteps());
        int every = Math.max(1, (end - position) / 100);
        while (position < end) {
            if (position % every == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("run cancelled at step " + position);
                }
                progress.accept(position);
            }
            tick(false);
        }
    }

    /**
     * Runs one step into the buffer. A run keeping series records it from there; otherwise only the metrics
     * sums take the step, and unless the step is {@code handedOut} the engine skips what they never read.
     * Nothing is copied.
     */
    private void tick(boolean handedOut) {
        checkOpen();
        if (isDone()) {
            throw new IllegalStateException("the run is complete after " + position + " steps");
        }
        if (path != null) {
            pathTick();
            position++;
            return;
        }
        int t = position;
        int slot = clock.slotOf(t);
        // Engine time is the engine's own: the routers' feedback and the slot's snapshot are the simulation's.
        double realised = feedbackDue(t) ? feedback.realised(buffer, engine.flavours(), requests(t - 1))
                : Double.NaN;
        ForecastSnapshot now = snapshotOf(slot);
        // Timed only when recording (streamed chunks too): a clock read costs a fifth of a step, and only
        // simulate reports it.
        long t0 = run != null ? System.nanoTime() : 0L;
        if (!Double.isNaN(realised)) {
            engine.feedback(realised);
        }
        if (run != null || handedOut) {
            engine.stepInto(now, buffer);
        } else if (feedback.active()) {
            // The metrics read no replica ceiling; the next tick's feedback reads the integer weights.
            engine.decideAndWeighInto(now, buffer);
        } else {
            engine.decideInto(now, buffer);
        }
        if (run != null) {
            engineNanos += System.nanoTime() - t0;
        }
        double intensity = snapshots.intensityAt(slot);
        double demand = snapshots.demandWeight(slot) * clock.share();
        double mix = carbon.mix(buffer.decision());
        if (run != null) {
            run.record(t, realised, buffer, engine.replicaBounds().components(), demand * intensity * mix);
        } else {
            PolicyConfig config = engine.config();
            sums.add(demand, buffer.decision().avgPrecision(), demand * intensity * mix,
                    demand * intensity * carbon.baseline(), config.targetPrecision(), buffer.balance(),
                    config.creditMin(), buffer.throttle());
            observer.step(slot, demand, forecastNowAt(slot), buffer.decision());
        }
        position++;
    }

    /**
     * A tick through the cluster model: the timer's extra evaluations, the poll's count of the requests it saw,
     * the poll-triggered evaluation, then the interval served under the decisions the routers hold.
     */
    private void pathTick() {
        int t = position;
        double at = t * clock.evaluationSeconds();
        if (t == 0) {
            warmUp();
        }
        long t0 = run != null ? System.nanoTime() : 0L;
        evaluate(at, path.extraEvaluations());
        double realised = feedback.active() ? path.realised(at, feedback) : Double.NaN;
        if (!Double.isNaN(realised)) {
            engine.feedback(realised);
        }
        evaluate(at, 1);
        if (run != null) {
            engineNanos += System.nanoTime() - t0;
        }
        double gauge = snapshots.forecastAt(path.gaugeSlot());
        path.serve(clock, snapshots, t, buffer, scenario.flavours(), carbon.baseline());
        double[] counted = path.completed(at, at + clock.evaluationSeconds());
        if (run != null) {
            run.record(t, realised, buffer, engine.replicaBounds().components(), path.emissions());
            run.recordServed(t, path.served(), path.servedPrecision(), path.baseline());
            run.recordCounted(t, gauge, flavourNames(), counted);
        } else {
            observer.counted(clock.slotOf(t), gauge, counted);
            PolicyConfig config = engine.config();
            sums.add(path.served(), path.servedPrecision(), path.emissions(), path.baseline(),
                    config.targetPrecision(), buffer.balance(), config.creditMin(), buffer.throttle());
        }
    }

    /** {@code count} evaluations at run time {@code at}, each reading the slot the carbon cache gives it. */
    private void evaluate(double at, int count) {
        for (int i = 0; i < count; i++) {
            engine.stepInto(snapshotOf(path.evaluationSlot(clock, at)), buffer);
        }
    }

    /** The scenario's flavour names, in its order (kept while the flavours are the same list). */
    private List<String> flavourNames() {
        List<FlavourProfile> flavours = scenario.flavours();
        if (flavours != namedFlavours) {
            namedFlavours = flavours;
            names = flavours.stream().map(FlavourProfile::name).toList();
        }
        return names;
    }

    /** The warm-up: the engine evaluates before any traffic (no requests, so no feedback); routers load the last. */
    private void warmUp() {
        int n = path.warmupTicks();
        for (int j = n; j >= 1; j--) {
            evaluate(-j * clock.evaluationSeconds(), path.extraEvaluations() + 1);
        }
        if (n > 0) {
            path.preload(buffer, scenario.flavours());
        }
    }

    /** Before every tick but the first, unless the previous tick's slot had no demand. */
    private boolean feedbackDue(int t) {
        return t > 0 && feedback.active()
                && (!scenario.hasDemand() || snapshots.demandWeight(clock.slotOf(t - 1)) > 0);
    }

    /** Requests routed during tick t: its share of the slot's demand (100 per slot without a curve). */
    private double requests(int t) {
        double perSlot = scenario.hasDemand() ? snapshots.demandWeight(clock.slotOf(t))
                : LedgerFeedback.DEFAULT_REQUESTS;
        return perSlot * clock.share();
    }

    /** Every tick of a slot sees the same forecast, so it is built once per slot. */
    private ForecastSnapshot snapshotOf(int slot) {
        if (slot != snapshotSlot) {
            snapshot = snapshots.at(slot);
            snapshotSlot = slot;
        }
        return snapshot;
    }

    /**
     * The forecast the engine was given for a slot, worked out once per slot: with a forecast error model it is
     * a fresh draw (a generator and a Gaussian), which per tick of a deployed year took a third of a draw's time.
     */
    private double forecastNowAt(int slot) {
        if (slot != forecastSlot) {
            forecastNow = snapshots.forecastAt(slot);
            forecastSlot = slot;
        }
        return forecastNow;
    }

    /** Runs to the end; {@code cancelled} is polled and {@code progress} told the step count now and then. */
    public Run runToEnd(BooleanSupplier cancelled, IntConsumer progress) {
        advance(cancelled, progress);
        return finish();
    }

    public Run runToEnd() {
        return runToEnd(() -> false, p -> { });
    }

    /** Runs to the end keeping no series, only the metrics (a simulation started for metrics only). */
    public RunMetrics metricsToEnd(BooleanSupplier cancelled) {
        return metricsToEnd(cancelled, StepObserver.NONE);
    }

    /** As {@link #metricsToEnd(BooleanSupplier)}, telling {@code observer} each step when no series is kept. */
    RunMetrics metricsToEnd(BooleanSupplier cancelled, StepObserver observer) {
        this.observer = observer;
        if (run != null) {
            return runToEnd(cancelled, p -> { }).metrics();
        }
        advance(cancelled, p -> { });
        checkOpen();
        finished = true;
        return sums.metrics();
    }

    /**
     * Runs to the end in chunks of {@code chunk} steps, handing each to {@code sink} and then dropping it, so
     * a long run is written as it goes; returns the metrics of the whole run.
     */
    public RunMetrics stream(int chunk, ChunkSink sink) throws IOException {
        checkOpen();
        if (run == null) {
            if (position > 0) {
                throw new IllegalStateException("steps 0.." + (position - 1) + " were not kept to be streamed");
            }
            // A simulation started unrecorded streams through one chunk of arrays, reused chunk after chunk.
            run = new Run(policy, scenario.start(), clock, Math.min(chunk, totalSteps()), era(0), path != null);
        }
        MetricsAccumulator all = new MetricsAccumulator();
        while (!isDone()) {
            int end = Math.min(totalSteps(), position + chunk);
            while (position < end) {
                tick(false);
            }
            all.addSteps(run);
            run.addEngineNanos(engineNanos);
            engineNanos = 0;
            if (halfPosition < 0 && 2L * position >= totalSteps() && !isDone()) {
                halfPosition = position;
                halfEngineNanos = engineNanos();
            }
            sink.accept(run);
            run.dropRecorded();
        }
        finished = true;
        return all.metrics();
    }

    /** Receives a streamed run's steps a chunk at a time. */
    @FunctionalInterface
    public interface ChunkSink {
        void accept(Run chunk) throws IOException;
    }

    private void advance(BooleanSupplier cancelled, IntConsumer progress) {
        advanceTo(totalSteps(), cancelled, progress);
        progress.accept(position);
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
        if (!takesLive(edited)) {
            throw new IllegalArgumentException("another cluster model takes a new run, not a live edit");
        }
        engine.reconfigure(edited.config(), edited.flavours(), edited.componentBounds());
        carbon = new CarbonFactors(engine.flavours());
        if (path != null) {
            path.reconfigure(edited.flavours().size());
        }
        scenario = edited;
        snapshots = new SnapshotBuilder(edited);
        clock = edited.clock();
        snapshotSlot = -1;
        forecastSlot = -1;
        if (run != null) {
            run.startEra(era(position));
            run.reserve(totalSteps());
        }
        if (position > totalSteps()) {
            if (run != null) {
                run.truncate(totalSteps());
            }
            position = totalSteps();
        }
    }

    /**
     * The steps done so far, as they are: a view of the recording that never changes while the simulation
     * goes on past it (nothing is copied).
     */
    public Run result() {
        flushNanos();
        return run.view(position);
    }

    /** Ends the simulation and hands over its run without copying it (a long run stays in memory once). */
    public Run finish() {
        checkOpen();
        finished = true;
        flushNanos();
        run.truncate(position);
        return run;
    }

    private void flushNanos() {
        run.addEngineNanos(engineNanos);
        engineNanos = 0;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the simulation is finished");
        }
    }
}
