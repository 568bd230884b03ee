package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.SweepWriters;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Limits;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Progress;
import io.carbonrouter.explorer.simulation.compare.Sweep;
import io.carbonrouter.explorer.simulation.compare.SweepPlan;
import io.carbonrouter.explorer.simulation.compare.SweepResult;
import io.carbonrouter.explorer.simulation.compare.SweepSpec;
import io.carbonrouter.explorer.simulation.compare.SweepSpecException;
import io.carbonrouter.explorer.simulation.compare.Workers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code sweep SCENARIO --param NAME=FROM:TO:STEP}: strategies over a grid of one or two settings. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run strategies over a grid of one or two settings, one row per grid point and strategy,"
                + " with the same metrics as compare. All cores are used; the row order is fixed (grid order,"
                + " the last parameter fastest, then strategies in registry order or as --policy names them).",
            "Parameters: targetError, creditMin, creditMax, creditSensitivity, creditWindow, throttleMin,"
                + " throttleIntensityFloor, throttleIntensityCeiling, and the forecast error model's"
                + " forecastError.bias, forecastError.sd, forecastError.growth, forecastError.correlation (on a"
                + " scenario without a model they start from no error). At most 10,000 grid points.",
            "A grid point that makes the scenario invalid (creditMin at or above creditMax, say) is skipped"
                + " with a warning; when every point is invalid nothing runs."},
        footer = {"%nExamples:",
            "  sweep sample-data/scenarios/winter-day.yaml --param targetError=0.05:0.5:0.05",
            "  sweep sample-data/scenarios/uk-forecast-error.yaml --param forecastError.sd=0:60:20",
            "  sweep sample-data/scenarios/winter-day.yaml --param creditMin=-2:-0.5:0.5 \\",
            "      --param creditSensitivity=0.1:0.5:0.1 --policy credit-greedy \\",
            "      --format json --out sweep.json"})
public final class SweepCommand implements Callable<Integer> {

    /** The made-up scenario of the warm-up: a week of half-hour slots. */
    private static final int WARM_SLOTS = 336;

    /**
     * How long the sweep's last worker thread waits at most before it joins, leaving its core to the JIT while the
     * runs' code is new (it joins sooner once a tenth of the runs are done: {@link Workers#rampingUp}).
     */
    private static final Duration RAMP = Duration.ofMillis(300);

    /** Output formats. */
    enum Format { csv, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON or YAML).")
    Path scenarioFile;

    @Option(names = "--param", required = true, paramLabel = "NAME=FROM:TO:STEP",
            description = "A setting and its range, FROM to TO (inclusive when the steps land on it); once or"
                    + " twice.")
    List<String> params;

    @Option(names = {"-p", "--policy"}, paramLabel = "P", split = ",",
            description = "Only these strategies, in this order: comma-separated or the option repeated (default:"
                    + " all). A historical version (name@commit) may be named too.")
    List<String> policy;

    @Mixin
    FormatOption<Format> format = new FormatOption<>(Format.class);

    @Mixin
    OutFileOption output;

    @Option(names = "--stats", description = "Print the number of runs and the time taken on standard error.")
    boolean stats;

    @Mixin
    PluginsOption plugins;

    @Mixin
    ForecastOption forecast;

    /** Set once a warm-up runs for this command: turned true when the sweep starts or the command ends. */
    private AtomicBoolean warming;

    /**
     * Starts the warm-up before the command line is parsed, on the strategies {@code args} name ({@link
     * #namedIn}), so that the engine compiles on the spare core while picocli builds the command: the warm-up
     * compiles the runs' loop, which a sweep then enters compiled from its first steps (docs/BENCHMARKS.md,
     * "Session 21"). The command line's own reading decides what runs: a warm-up of other strategies than the
     * ones that run costs time, never a result. Call {@link #stopWarmUp} when the command ends, however.
     */
    void warmUpEarly(String[] args) {
        startWarmUp(namedIn(args));
    }

    /** Starts this command's warm-up on {@code strategies} (all of them when empty). */
    private void startWarmUp(List<String> strategies) {
        warming = new AtomicBoolean();
        warmUp(warming, strategies);
    }

    /** Ends the warm-up, if one runs (a command that fails before its sweep starts must not leave it running). */
    void stopWarmUp() {
        if (warming != null) {
            warming.set(true);
        }
    }

    /**
     * The strategies {@code --policy} (or {@code -p}) names in raw arguments, in order, as picocli reads them
     * ({@code --policy a,b}, {@code --policy=a}, {@code -p a}, {@code -pa}, {@code -p=a}, repeated); empty when
     * none is named or the arguments end before a value. Options after {@code --} are parameters, not read.
     */
    static List<String> namedIn(String[] args) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.equals("--")) {
                break;
            } else if (a.equals("--policy") || a.equals("-p")) {
                value = i + 1 < args.length ? args[++i] : null;
            } else if (a.startsWith("--policy=")) {
                value = a.substring("--policy=".length());
            } else if (a.startsWith("-p") && !a.startsWith("--")) {
                value = a.substring(a.startsWith("-p=") ? 3 : 2);
            }
            if (value != null) {
                for (String name : value.split(",")) {
                    if (!name.isEmpty()) {
                        named.add(name);
                    }
                }
            }
        }
        return named;
    }

    @Override
    public Integer call() throws IOException {
        SweepSpec sweepSpec = parse(params);
        output.check(spec);
        StrategyRegistry registry = plugins.registry();
        PrintWriter err = spec.commandLine().getErr();
        if (warming == null) {
            startWarmUp(requested());
        }
        AtomicBoolean started = warming;
        Scenario scenario;
        SweepPlan plan;
        Sweep sweep;
        List<String> policies;
        Workers workers = Workers.allCores().rampingUp(RAMP);
        try {
            ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
            Warnings.print(err, "sweep", scenarioFile, read.warnings());
            sweep = new Sweep(new Simulator(registry), workers);
            policies = policies(sweep);
            scenario = forecast.apply(read.scenario(), "sweep", err);
            plan = sweepSpec.plan(scenario);
        } finally {
            started.set(true);
        }
        Limits.capWarnings(plan.skipped().stream().map(SweepPlan.Skipped::warning).toList())
                .forEach(w -> err.println("sweep: warning: " + w));
        long t0 = System.nanoTime();
        PluginFailures failures = new PluginFailures();
        SweepResult result = failures.run(registry, r -> new Sweep(new Simulator(r), workers)
                .run(plan, failures.left(policies, r)));
        long nanos = System.nanoTime() - t0;
        output.write(spec, format.value() == Format.json ? SweepWriters.json(result, true) : SweepWriters.csv(result));
        if (stats) {
            err.println(String.format(Locale.ROOT, "sweep: %d runs (%d points x %d %s) of %d steps in %.2f s"
                            + " on %d threads", result.rows().size(), plan.points().size(), policies.size(),
                    policies.size() == 1 ? "strategy" : "strategies", scenario.effectiveSteps(), nanos / 1e9,
                    workers.threads()));
        }
        return failures.report(err, "sweep", 0);
    }

    /**
     * Sweeps a small made-up scenario with the strategies the sweep will run (the built-in ones among
     * {@code requested}; all of them when none is named) over and over on a spare thread while the scenario file
     * is read and the plan built, so that their code is compiled by the time the real sweep starts; it stops as
     * soon as {@code started} turns true. Its rows are thrown away. A strategy the sweep does not run is not
     * warmed: its compilation would take the compiler from the ones that run. It is the one task of a
     * one-thread executor that ends with it.
     */
    static void warmUp(AtomicBoolean started, List<String> requested) {
        ExecutorService spare = Executors.newSingleThreadExecutor(SweepCommand::warmUpThread);
        spare.execute(() -> {
            StrategyRegistry builtIns = StrategyRegistry.builtIns();
            List<String> warmed = requested.stream().filter(builtIns::contains).distinct().toList();
            if (!requested.isEmpty() && warmed.isEmpty()) {
                return; // only plug-ins: nothing of theirs to warm
            }
            double[] week = new double[WARM_SLOTS];
            for (int t = 0; t < week.length; t++) {
                double hour = (t % 48) / 2.0;
                week[t] = 120 + 90 * Math.exp(-Math.pow(hour - 8, 2) / 6)
                        + 140 * Math.exp(-Math.pow(hour - 18, 2) / 5);
            }
            Scenario scenario = Scenario.builder().intensity(week).build();
            Sweep sweep = new Sweep(new Simulator(builtIns), Workers.callingThread());
            SweepPlan plan = SweepSpec.parse(List.of("targetError=0.01:1:0.33")).plan(scenario);
            try {
                while (!started.get()) {
                    sweep.run(plan, warmed, started::get, Progress.NONE);
                }
            } catch (CancellationException stopped) {
                // the real sweep is starting
            }
        });
        spare.shutdown();
    }

    /**
     * A daemon, so it never holds the command open; its low priority is a hint the OS may ignore (Linux does), and
     * it ends as soon as the real sweep starts.
     */
    private static Thread warmUpThread(Runnable task) {
        Thread t = new Thread(task, "sweep-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    }

    /** The strategies --policy names, in order; empty for all of them. */
    private List<String> requested() {
        return policy == null ? List.of() : policy;
    }

    /** A malformed --param is a bad argument (exit 2), like any other option value. */
    private static SweepSpec parse(List<String> params) {
        try {
            return SweepSpec.parse(params);
        } catch (SweepSpecException e) {
            throw new ArgumentError(e.getMessage());
        }
    }

    private List<String> policies(Sweep sweep) {
        try {
            return sweep.policies(requested());
        } catch (SweepSpecException e) {
            throw new ArgumentError("--policy: " + e.getMessage());
        }
    }
}
