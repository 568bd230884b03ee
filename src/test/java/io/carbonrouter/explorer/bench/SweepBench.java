package io.carbonrouter.explorer.bench;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Sweep;
import io.carbonrouter.explorer.simulation.compare.SweepPlan;
import io.carbonrouter.explorer.simulation.compare.SweepResult;
import io.carbonrouter.explorer.simulation.compare.SweepSpec;
import io.carbonrouter.explorer.simulation.compare.Workers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The sweep benchmark of issue 5: 100 grid points x 7 strategies x 17,520 steps (a year of half-hour slots,
 * the winter-day sample repeated), budget 10 s on 2 cores. A plain main rather than JMH: the figure is one
 * whole sweep, seconds long, so a warm-up and a few timed repetitions say what a user would see.
 * <pre>
 *   mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 *   java -cp target/classes:target/test-classes:$(cat cp.txt) io.carbonrouter.explorer.bench.SweepBench [THREADS]
 * </pre>
 */
public final class SweepBench {

    private static final int STEPS = 17_520;
    private static final int REPEATS = 3;

    private SweepBench() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        Scenario year = ScenarioFiles.read(Path.of("sample-data/scenarios/winter-day.yaml")).toBuilder()
                .repeat(true).steps(OptionalInt.of(STEPS)).build();
        SweepPlan plan = SweepSpec.parse(List.of("targetError=0.01:1:0.01")).plan(year);
        Sweep sweep = new Sweep(new Simulator(StrategyRegistry.builtIns()), new Workers(threads));
        System.out.printf(Locale.ROOT, "sweep: %d points x %d strategies x %d steps on %d threads (%d cores)%n",
                plan.points().size(), StrategyRegistry.builtIns().names().size(), STEPS, threads,
                Runtime.getRuntime().availableProcessors());
        SweepPlan warmUp = SweepSpec.parse(List.of("targetError=0.1:0.2:0.01")).plan(year);
        long w0 = System.nanoTime();
        sweep.run(warmUp, List.of());
        System.out.printf(Locale.ROOT, "warm-up (11 points): %.2f s%n", (System.nanoTime() - w0) / 1e9);
        double[] seconds = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            SweepResult result = sweep.run(plan, List.of());
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %d rows in %.2f s%n", i + 1, result.rows().size(), seconds[i]);
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "median %.2f s, best %.2f s (budget 10 s)%n", seconds[REPEATS / 2],
                seconds[0]);
    }
}
