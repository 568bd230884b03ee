package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulation;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.ui.service.LatestTask;
import io.carbonrouter.explorer.ui.service.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs scenarios on a worker and publishes the outcome on the FX thread; the FX thread never waits. Every
 * request is a new generation of its {@link LatestTask}: older jobs stop at their next check and their results are
 * dropped, so a burst of edits ends with the latest one on screen. A live session keeps one {@link Simulation} on the worker for
 * playback: it advances step by step and takes edits mid-run.
 *
 * <p>The worker must run jobs one at a time, in order (a single thread in the app, the calling thread in
 * tests): the live simulation is confined to it. Public methods are called on the FX thread.
 */
public final class RunService {

    /** Runs that take longer than this show their progress. */
    static final long SLOW_NANOS = 200_000_000L;

    private final Simulator simulator;
    private final LatestTask tasks;
    private final Presenter presenter;
    private final LongSupplier clock;

    private final ReadOnlyObjectWrapper<RunOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(false);

    /** The playback simulation, the scenarios it took and its last charts; touched by worker jobs only. */
    private Simulation session;
    private ScenarioHistory history;
    private ChartSet sessionCharts;
    private boolean liveJobPending;

    /** Runs go to {@code worker}; a slow one is listed by {@code executor} as "Running the scenario". */
    public RunService(Simulator simulator, Executor worker, TaskExecutor executor,
                      Presenter presenter, LongSupplier clock) {
        this.simulator = simulator;
        this.tasks = executor.latestWhenSlow("Running the scenario", worker);
        tasks.setUserCancel(this::cancel);
        this.presenter = presenter;
        this.clock = clock;
    }

    /** Runs the whole timeline of a valid scenario, replacing any pending run and ending a live session. */
    public void runFull(Scenario scenario) {
        long gen = begin(false);
        job(gen, () -> {
            session = null;
            sessionCharts = null;
            Simulation sim = simulator.start(scenario);
            long t0 = clock.getAsLong();
            Run run = sim.runToEnd(() -> stale(gen), step -> reportProgress(gen, t0, step, sim.totalSteps()));
            return present(scenario, run, false, t0, ScenarioHistory.of(scenario));
        });
    }

    /** Starts a live session of a valid scenario and computes its first {@code steps} steps. */
    public void startLive(Scenario scenario, int steps) {
        long gen = begin(true);
        job(gen, () -> {
            session = simulator.start(scenario);
            sessionCharts = null;
            history = ScenarioHistory.of(scenario);
            return advance(gen, steps);
        });
    }

    /** Computes the live session up to {@code steps} steps (capped at its end). */
    public void advanceLive(int steps) {
        if (!live.get()) {
            throw new IllegalStateException("no live session");
        }
        long gen = tasks.current();
        liveJobPending = true;
        job(gen, () -> advance(gen, steps));
    }

    /**
     * Takes an edited, valid scenario into the live session from its next step on; the ledger and strategy
     * carry on. Another policy cannot carry a strategy's state, nor another cluster model a path already
     * travelled, so those replay the steps done so far instead.
     */
    public void applyLive(Scenario edited) {
        if (!live.get()) {
            throw new IllegalStateException("no live session");
        }
        long gen = tasks.current();
        liveJobPending = true;
        job(gen, () -> takeEdit(gen, edited));
    }

    /**
     * An edit while a whole run replays: a live session runs {@code before} (the replayed scenario) for its
     * first {@code steps} steps, then takes {@code edited} from there on as {@link #applyLive} does.
     */
    public void branchLive(Scenario before, Scenario edited, int steps) {
        long gen = begin(true);
        job(gen, () -> {
            session = simulator.start(before);
            sessionCharts = null;
            history = ScenarioHistory.of(before);
            compute(gen, steps);
            return takeEdit(gen, edited);
        });
    }

    private RunOutcome takeEdit(long gen, Scenario edited) {
        if (edited.policy().equals(session.policy()) && session.takesLive(edited)) {
            session.apply(edited);
            history = history.then(session.position(), edited);
            return advance(gen, session.position());
        }
        int done = session.position();
        session = simulator.start(edited);
        sessionCharts = null;
        history = ScenarioHistory.of(edited);
        return advance(gen, done);
    }

    /** Stops whatever runs now and drops the outcome, so nothing of a scenario that was replaced stays shown. */
    public void clear() {
        cancel();
        outcome.set(null);
    }

    /** Stops whatever runs now; the last outcome stays on screen. */
    public void cancel() {
        begin(false);
        busy.set(false);
    }

    private long begin(boolean liveSession) {
        long gen = tasks.next();
        live.set(liveSession);
        liveJobPending = liveSession;
        busy.set(true);
        return gen;
    }

    private boolean stale(long gen) {
        return tasks.stale(gen);
    }

    private RunOutcome advance(long gen, int steps) {
        long t0 = compute(gen, steps);
        return present(session.scenario(), session.result(), true, t0, history);
    }

    /** Advances the live session to {@code steps} (capped at its end); returns when it started. */
    private long compute(long gen, int steps) {
        long t0 = clock.getAsLong();
        int target = Math.min(steps, session.totalSteps());
        session.advanceTo(target, () -> stale(gen), done -> reportProgress(gen, t0, done, target));
        return t0;
    }

    private RunOutcome present(Scenario scenario, Run run, boolean isLive, long t0, ScenarioHistory eras) {
        ChartSet charts = presenter.present(scenario, run, isLive ? sessionCharts : null);
        sessionCharts = isLive ? charts : null;
        return new RunOutcome(scenario, run, charts, isLive, clock.getAsLong() - t0, eras);
    }

    /** Turns a run into its charts on the worker; {@code previous} are a live session's last ones, or null. */
    @FunctionalInterface
    public interface Presenter {
        ChartSet present(Scenario scenario, Run run, ChartSet previous);
    }

    private void job(long gen, Supplier<RunOutcome> work) {
        tasks.submit(gen, work, this::publish, this::fail);
    }

    private void reportProgress(long gen, long t0, int done, int total) {
        if (clock.getAsLong() - t0 < SLOW_NANOS || total <= 0) {
            return;
        }
        tasks.progress(gen, (double) done / total, String.format(Locale.ROOT, "%,d of %,d steps", done, total));
    }

    private void publish(RunOutcome result) {
        liveJobPending = false;
        busy.set(false);
        failure.set("");
        outcome.set(result);
    }

    private void fail(RuntimeException e) {
        live.set(false);
        liveJobPending = false;
        busy.set(false);
        failure.set("The run failed: " + e.getMessage());
    }

    /** The run on screen; replaced, never mutated. */
    public ReadOnlyObjectProperty<RunOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Whether a requested run has not been published yet. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Share done of a run that has taken longer than {@link #SLOW_NANOS}, or -1 when there is nothing to show. */
    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.task().progressProperty();
    }

    /** Why the last run failed, empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Whether a live (playback) session is active. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** Whether a live job is still on its way; playback waits for it before asking for more steps. */
    public boolean liveJobPending() {
        return liveJobPending;
    }
}
