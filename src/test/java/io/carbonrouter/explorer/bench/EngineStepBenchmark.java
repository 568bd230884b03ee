package io.carbonrouter.explorer.bench;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.engine.DecisionEngine;
import io.carbonrouter.explorer.engine.EngineStep;
import io.carbonrouter.explorer.engine.ForecastSchedule;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.engine.StepBuffer;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.simulation.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * One engine step (strategy, ledger update, throttle, integer weights) per policy with the three default
 * flavours, over a day of half-hour slots with a 96-slot horizon. {@code step} returns an immutable copy
 * (the recording path); {@code stepInto} fills one reused buffer (the compare and sweep path, which must
 * allocate nothing: add {@code -prof gc}). Run: {@code mvn -Pbench verify}. The receding-horizon step solves its
 * linear programme over the whole 96-slot horizon every time (target: at most 5 us).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineStepBenchmark {

    @Param({"credit-greedy", "forecast-aware", "forecast-aware-global", "precision-tier", "p100", "round-robin",
        "random", "receding-horizon"})
    public String policy;

    private DecisionEngine engine;
    private ForecastSnapshot[] snapshots;
    private final StepBuffer buffer = new StepBuffer();
    private int next;

    @Setup
    public void setUp() {
        double[] curve = new double[48];
        for (int i = 0; i < curve.length; i++) {
            curve[i] = 180 + 120 * Math.sin(i * Math.PI / 24) + 40 * Math.cos(i * 1.7);
        }
        snapshots = new ForecastSnapshot[curve.length];
        for (int t = 0; t < curve.length; t++) {
            ForecastSchedule schedule = new ForecastSchedule(curve, t, 96, Instant.EPOCH, Duration.ofMinutes(30));
            snapshots[t] = new ForecastSnapshot(schedule.value(0), schedule.value(1), OptionalDouble.of(100),
                    OptionalDouble.of(120), schedule);
        }
        engine = new DecisionEngine(StrategyRegistry.builtIns(), policy, PolicyConfig.DEFAULTS,
                Scenario.DEFAULT_FLAVOURS, List.of(ComponentBound.of("router", 1, 10),
                ComponentBound.of("consumer", 1, 12)), 0.0, 42);
    }

    @Benchmark
    public EngineStep step() {
        ForecastSnapshot s = snapshots[next];
        next = next + 1 == snapshots.length ? 0 : next + 1;
        return engine.step(s);
    }

    @Benchmark
    public StepBuffer stepInto() {
        ForecastSnapshot s = snapshots[next];
        next = next + 1 == snapshots.length ? 0 : next + 1;
        engine.stepInto(s, buffer);
        return buffer;
    }
}
