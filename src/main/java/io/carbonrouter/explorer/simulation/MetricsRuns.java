package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.DecisionEngine;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StepBuffer;
import io.carbonrouter.explorer.engine.StrategyRegistry;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The metrics of whole runs for a sweep, the same numbers as {@link Simulator#metrics} step for step, on a
 * leaner loop: the engine skips what the metrics never read (integer weights, replica ceilings), and a
 * strategy that does not read the ledger ({@code SchedulerPolicy.readsLedger}) decides once for every run
 * that shares its snapshots, flavours and seed ({@link #decisions}), each run then only replaying the
 * ledger and the throttle ({@link #replay}). A scenario whose deployment loop feeds the served precision
 * back to the ledger, or has a cluster model, takes {@link Simulator#metrics}' own path.
 */
public final class MetricsRuns {

    /** Beyond this many ticks a run's decisions are not kept (16 bytes a tick): each run decides again. */
    static final int MAX_RECORDED_TICKS = 1 << 20;

    /**
     * The steps one call of a loop body takes ({@code decideSome}, {@code replaySome}, {@code recordSome}). A run
     * is one long loop entered a few hundred times in a sweep: the JIT then compiles it only on the stack
     * (on-stack replacement), and a run already going in the profiling tier reaches that code only after
     * thousands of steps, so every run starts slow until the loop is compiled as a method, late. Called for
     * short stretches, the loop body is compiled as a method within the first runs and every run enters it
     * at once; under 66 steps its stretch never counts enough back-branches to be compiled on the stack
     * first, and a compiled body is too large for the compiler to inline again into its caller.
     */
    static final int STRETCH = 32;

    private final Simulator simulator;
    /** The scenarios already found valid, by identity: a sweep point's runs are checked once, not per strategy. */
    private final Set<Scenario> valid = Collections.newSetFromMap(new IdentityHashMap<>());

    public MetricsRuns(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Takes {@code scenarios} as checked: their runs skip the check a simulation makes. For scenarios the caller
     * has just found valid (a sweep plan checks every point it keeps), so that a point is not checked again by the
     * first run on it, among the runs.
     */
    public void checked(Collection<Scenario> scenarios) {
        synchronized (valid) {
            valid.addAll(scenarios);
        }
    }

    /** Refuses a scenario with problems, as a simulation does; each scenario object is checked once. */
    private void requireValid(Scenario scenario) {
        synchronized (valid) {
            if (valid.contains(scenario)) {
                return;
            }
        }
        List<Problem> problems = ScenarioValidator.validate(scenario);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        synchronized (valid) {
            valid.add(scenario);
        }
    }

    /** The metrics of a whole run of {@code policy}, as {@link Simulator#metrics} on {@code shared} snapshots. */
    public RunMetrics metrics(Scenario scenario, String policy, SnapshotBuilder shared, BooleanSupplier cancelled) {
        if (!noFeedback(scenario)) {
            return simulator.metrics(scenario, policy, shared, cancelled);
        }
        return sum(start(scenario, policy, shared), null, cancelled);
    }

    /**
     * The decisions of {@code policy} on {@code scenario}, step by step, for every run they fit; empty when
     * the strategy reads the ledger, the deployment loop feeds back or the run is too long to keep.
     */
    public Decisions decisions(Scenario scenario, String policy, SnapshotBuilder shared, BooleanSupplier cancelled) {
        if (!noFeedback(scenario) || scenario.clock().ticks() > MAX_RECORDED_TICKS) {
            return Decisions.NONE;
        }
        Lean run = start(scenario, policy, shared);
        if (run.engine.policy().readsLedger()) {
            return Decisions.NONE;
        }
        int total = run.clock.ticks();
        double[] precision = new double[total];
        double[] mix = new double[total];
        int every = every(total);
        for (int from = 0; from < total; from += STRETCH) {
            recordSome(run, precision, mix, cancelled, from, Math.min(total, from + STRETCH), every);
        }
        return new Decisions(scenario, policy, run.snapshots, precision, mix);
    }

    private static void recordSome(Lean run, double[] precision, double[] mix, BooleanSupplier cancelled, int from,
                                   int to, int every) {
        for (int t = from; t < to; t++) {
            poll(cancelled, t, every);
            run.engine.decideInto(run.snapshotOf(run.clock.slotOf(t)), run.buffer);
            Decision d = run.buffer.decision();
            precision[t] = d.avgPrecision();
            mix[t] = run.carbon.mix(d);
        }
    }

    /**
     * The metrics of a run of {@code policy} on {@code scenario}: the same numbers as {@link #metrics}, from
     * the recorded decisions when they are that strategy's and fit the run (same snapshots, flavours, seed
     * and clock, no feedback), otherwise by {@link #metrics} itself.
     */
    public RunMetrics replay(Scenario scenario, String policy, Decisions decisions, SnapshotBuilder shared,
                             BooleanSupplier cancelled) {
        if (!decisions.fit(scenario, policy)) {
            return metrics(scenario, policy, shared, cancelled);
        }
        return sum(start(scenario, policy, decisions.snapshots), decisions, cancelled);
    }

    /** A lean run of a scenario checked as a simulation checks it. */
    private Lean start(Scenario scenario, String policy, SnapshotBuilder shared) {
        requireValid(scenario);
        return new Lean(simulator.registry(), scenario, policy, shared);
    }

    /**
     * Sums a whole run's metrics, deciding each step or, with {@code replayed}, taking its decisions. The two
     * are separate loops: each stays small and sees one kind of step, so the JIT compiles each once; each runs
     * in stretches of {@link #STRETCH} steps.
     */
    private static RunMetrics sum(Lean run, Decisions replayed, BooleanSupplier cancelled) {
        MetricsAccumulator sums = new MetricsAccumulator();
        if (replayed == null) {
            decideAll(run, sums, cancelled);
        } else {
            replayAll(run, replayed, sums, cancelled);
        }
        return sums.metrics();
    }

    private static void decideAll(Lean run, MetricsAccumulator sums, BooleanSupplier cancelled) {
        int total = run.clock.ticks();
        int every = every(total);
        for (int from = 0; from < total; from += STRETCH) {
            decideSome(run, sums, cancelled, from, Math.min(total, from + STRETCH), every);
        }
    }

    private static void decideSome(Lean run, MetricsAccumulator sums, BooleanSupplier cancelled, int from, int to,
                                   int every) {
        for (int t = from; t < to; t++) {
            poll(cancelled, t, every);
            int slot = run.clock.slotOf(t);
            run.engine.decideInto(run.snapshotOf(slot), run.buffer);
            Decision d = run.buffer.decision();
            run.add(sums, slot, run.carbon.mix(d), d.avgPrecision());
        }
    }

    private static void replayAll(Lean run, Decisions replayed, MetricsAccumulator sums, BooleanSupplier cancelled) {
        int total = run.clock.ticks();
        int every = every(total);
        for (int from = 0; from < total; from += STRETCH) {
            replaySome(run, replayed, sums, cancelled, from, Math.min(total, from + STRETCH), every);
        }
    }

    private static void replaySome(Lean run, Decisions replayed, MetricsAccumulator sums, BooleanSupplier cancelled,
                                   int from, int to, int every) {
        double[] precision = replayed.precision;
        double[] mix = replayed.mix;
        for (int t = from; t < to; t++) {
            poll(cancelled, t, every);
            int slot = run.clock.slotOf(t);
            run.engine.replayInto(run.snapshotOf(slot), precision[t], run.buffer);
            run.add(sums, slot, mix[t], precision[t]);
        }
    }

    /**
     * Whether the lean loop gives the tick loop's numbers: no served precision is fed back to the ledger and no
     * cluster model stands between the decisions and the requests.
     */
    private static boolean noFeedback(Scenario s) {
        return s.loop().map(DeploymentLoop::feedback).orElse(DeploymentLoop.Feedback.NONE)
                == DeploymentLoop.Feedback.NONE && Simulation.cluster(s).isIdeal();
    }

    private static int every(int total) {
        return Math.max(1, total / 100);
    }

    private static void poll(BooleanSupplier cancelled, int t, int every) {
        if (t % every == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException("run cancelled at step " + t);
        }
    }

    /** One strategy's precisions and carbon mixes, tick by tick, and what they were decided on. Immutable. */
    public static final class Decisions {

        static final Decisions NONE = new Decisions(null, null, null, null, null);

        private final Scenario source;
        private final String policy;
        private final SnapshotBuilder snapshots;
        private final double[] precision;
        private final double[] mix;

        private Decisions(Scenario source, String policy, SnapshotBuilder snapshots, double[] precision,
                          double[] mix) {
            this.source = source;
            this.policy = policy;
            this.snapshots = snapshots;
            this.precision = precision;
            this.mix = mix;
        }

        /** Whether a run of {@code policy} on {@code s} would decide exactly these, step for step. */
        boolean fit(Scenario s, String policy) {
            return source != null && this.policy.equals(policy) && noFeedback(s) && s.seed() == source.seed()
                    && s.clock().equals(source.clock())
                    && s.flavours().equals(source.flavours()) && snapshots.fits(s);
        }

        /** Whether there is anything to replay. */
        public boolean recorded() {
            return source != null;
        }
    }

    /** A metrics-only run's engine, buffer, snapshots and carbon factors. */
    private static final class Lean {

        final TickClock clock;
        final SnapshotBuilder snapshots;
        final DecisionEngine engine;
        final StepBuffer buffer = new StepBuffer();
        final CarbonFactors carbon;
        private int snapshotSlot = -1;
        private ForecastSnapshot snapshot;

        Lean(StrategyRegistry registry, Scenario scenario, String policy, SnapshotBuilder shared) {
            if (!registry.contains(policy)) {
                throw new IllegalArgumentException("unknown policy '" + policy + "'; registered: "
                        + String.join(", ", registry.names()));
            }
            this.clock = scenario.clock();
            this.snapshots = shared != null && shared.fits(scenario) ? shared : new SnapshotBuilder(scenario);
            this.engine = new DecisionEngine(registry, policy, scenario.config(), scenario.flavours(),
                    scenario.componentBounds(), scenario.initialBalance(), scenario.seed());
            this.carbon = new CarbonFactors(engine.flavours());
            buffer.decision().keepDiagnostics(false);
        }

        /** Every tick of a slot sees the same snapshot, built once per slot when the builder keeps no table. */
        ForecastSnapshot snapshotOf(int slot) {
            if (slot != snapshotSlot) {
                snapshot = snapshots.at(slot);
                snapshotSlot = slot;
            }
            return snapshot;
        }

        /** The step's metrics, summed exactly as {@code Simulation}'s tick sums them. */
        void add(MetricsAccumulator sums, int slot, double mix, double precision) {
            double intensity = snapshots.intensityAt(slot);
            double demand = snapshots.demandWeight(slot) * clock.share();
            PolicyConfig config = engine.config();
            sums.add(demand, precision, demand * intensity * mix, demand * intensity * carbon.baseline(),
                    config.targetPrecision(), buffer.balance(), config.creditMin(), buffer.throttle());
        }
    }
}
