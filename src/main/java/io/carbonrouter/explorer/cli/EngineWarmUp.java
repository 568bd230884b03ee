package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Progress;
import io.carbonrouter.explorer.simulation.compare.Sweep;
import io.carbonrouter.explorer.simulation.compare.SweepPlan;
import io.carbonrouter.explorer.simulation.compare.SweepSpec;
import io.carbonrouter.explorer.simulation.compare.Workers;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sweeps a small made-up scenario with the built-in strategies over and over on a spare, low-priority daemon
 * thread until {@link #close()}, so that the engine's code is compiled while the command line is parsed and
 * the scenario read: a sweep's first steps then run compiled code. Its rows are thrown away. Started as the
 * process starts when the command is {@code sweep} ({@link PolicyExplorerCli#run(String[])}); the command
 * stops it as its own runs start.
 */
final class EngineWarmUp implements AutoCloseable {

    /** Nothing warming: what a command run from a test (or any other caller) starts with. */
    static final EngineWarmUp NONE = new EngineWarmUp();

    /** The made-up scenario: a week of half-hour slots, two daily peaks. */
    private static final int SLOTS = 336;

    private final AtomicBoolean stopped = new AtomicBoolean();

    private EngineWarmUp() {
    }

    /** A warm-up running from now on. */
    static EngineWarmUp start() {
        EngineWarmUp warmUp = new EngineWarmUp();
        Thread t = new Thread(warmUp::run, "sweep-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return warmUp;
    }

    /** Whether this warm-up has been told to stop (NONE is never running). */
    boolean running() {
        return this != NONE && !stopped.get();
    }

    private void run() {
        double[] week = new double[SLOTS];
        for (int t = 0; t < week.length; t++) {
            double hour = (t % 48) / 2.0;
            week[t] = 120 + 90 * Math.exp(-Math.pow(hour - 8, 2) / 6) + 140 * Math.exp(-Math.pow(hour - 18, 2) / 5);
        }
        Scenario scenario = Scenario.builder().intensity(week).build();
        Sweep sweep = new Sweep(new Simulator(StrategyRegistry.builtIns()), Workers.callingThread());
        SweepPlan plan = SweepSpec.parse(List.of("targetError=0.01:1:0.33")).plan(scenario);
        try {
            while (!stopped.get()) {
                sweep.run(plan, List.of(), stopped::get, Progress.NONE);
            }
        } catch (CancellationException stop) {
            // the real sweep is starting
        }
    }

    /** Stops the warm-up at its next poll; its thread ends on its own. */
    @Override
    public void close() {
        stopped.set(true);
    }
}
