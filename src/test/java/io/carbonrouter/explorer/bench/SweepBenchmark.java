package io.carbonrouter.explorer.bench;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Sweep;
import io.carbonrouter.explorer.simulation.compare.SweepPlan;
import io.carbonrouter.explorer.simulation.compare.SweepResult;
import io.carbonrouter.explorer.simulation.compare.SweepSpec;
import io.carbonrouter.explorer.simulation.compare.Workers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sweep of issue 5, whole: 100 grid points (targetError 0.01 to 1) x the 7 built-in strategies x 17,520
 * steps (a year of half-hours), on every core; the budget is 10 s on 2 cores. One sweep per measurement,
 * timed whole, as a user would wait for it. Run: {@code mvn -Pbench verify -Dbench.args=SweepBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SweepBenchmark {

    private Sweep sweep;
    private SweepPlan plan;

    @Setup
    public void setUp() {
        plan = SweepSpec.parse(List.of("targetError=0.01:1:0.01"))
                .plan(ScenarioFiles.readResource("/bench/year-half-hourly.yaml"));
        sweep = new Sweep(new Simulator(StrategyRegistry.builtIns()), Workers.allCores());
        if (plan.points().size() != 100 || plan.base().effectiveSteps() != 17_520) {
            throw new IllegalStateException("the benchmark sweep is not 100 points x 17,520 steps");
        }
    }

    @Benchmark
    public SweepResult sweep() {
        return sweep.run(plan, List.of());
    }
}
