package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.SweepWriters;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Limits;
import io.carbonrouter.explorer.simulation.Simulator;
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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

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

    /** Output formats. */
    enum Format { csv, json }

    /** A warm-up the process started before this command was built, or none (then {@link #call} starts one). */
    private final EngineWarmUp early;

    public SweepCommand() {
        this(EngineWarmUp.NONE);
    }

    SweepCommand(EngineWarmUp early) {
        this.early = early;
    }

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

    @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of standard output; never over an input, an existing"
                    + " file only with --force.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Option(names = "--stats", description = "Print the number of runs and the time taken on standard error.")
    boolean stats;

    @Mixin
    PluginsOption plugins;

    @Mixin
    ForecastOption forecast;

    @Override
    public Integer call() throws IOException {
        SweepSpec sweepSpec = parse(params);
        OutputFiles.check(spec, out, force);
        StrategyRegistry registry = plugins.registry();
        PrintWriter err = spec.commandLine().getErr();
        EngineWarmUp warmUp = early.running() ? early : EngineWarmUp.start();
        Scenario scenario;
        SweepPlan plan;
        Sweep sweep;
        List<String> policies;
        Workers workers = Workers.allCores();
        try {
            ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
            Warnings.print(err, "sweep", scenarioFile, read.warnings());
            sweep = new Sweep(new Simulator(registry), workers);
            policies = policies(sweep);
            scenario = forecast.apply(read.scenario(), "sweep", err);
            plan = sweepSpec.plan(scenario);
        } finally {
            warmUp.close();
        }
        Limits.capWarnings(plan.skipped().stream().map(SweepPlan.Skipped::warning).toList())
                .forEach(w -> err.println("sweep: warning: " + w));
        long t0 = System.nanoTime();
        PluginFailures failures = new PluginFailures();
        SweepResult result = failures.run(registry, r -> new Sweep(new Simulator(r), workers)
                .run(plan, failures.left(policies, r)));
        long nanos = System.nanoTime() - t0;
        OutputFiles.write(spec, out, force,
                format == Format.json ? SweepWriters.json(result, true) : SweepWriters.csv(result));
        if (stats) {
            err.println(String.format(Locale.ROOT, "sweep: %d runs (%d points x %d %s) of %d steps in %.2f s"
                            + " on %d threads", result.rows().size(), plan.points().size(), policies.size(),
                    policies.size() == 1 ? "strategy" : "strategies", scenario.effectiveSteps(), nanos / 1e9,
                    workers.threads()));
        }
        return failures.report(err, "sweep", 0);
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
            return sweep.policies(policy == null ? List.of() : policy);
        } catch (SweepSpecException e) {
            throw new ArgumentError("--policy: " + e.getMessage());
        }
    }
}
