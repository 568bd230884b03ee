package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ComparisonWriters;
import io.carbonrouter.explorer.io.DrawsWriters;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Comparison;
import io.carbonrouter.explorer.simulation.compare.DrawsResult;
import io.carbonrouter.explorer.simulation.compare.ForecastDraws;
import io.carbonrouter.explorer.simulation.compare.Progress;
import io.carbonrouter.explorer.simulation.compare.StrategyComparison;
import io.carbonrouter.explorer.simulation.compare.Workers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/** {@code compare SCENARIO}: every registered strategy on the scenario, against the offline optimum. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run every registered strategy on a scenario, one row each, and set them against the"
                + " offline optimum: the most any per-slot mix of the flavours could save at the target precision"
                + " (1 - targetError) with perfect foresight.",
            "Regret is how much more the optimum saves at the strategy's own mean precision.",
            "Then the upstream notebooks' metrics (experiments/ultimate_strategy_showdown.ipynb), one sample per"
                + " step: linearCarbonReduction and nonLinearCarbonReduction against p100 and peakP100Delivery in"
                + " percent, requestWeightedPrecision and demandWeightedPrecision from 0 to 1, smartAllocationRatio;"
                + " energy per request from the scenario's notebookEnergy, else the carbon factors.",
            "With --draws N the scenario's forecastError model is drawn N times (seeds seed..seed+N-1) and each"
                + " strategy gets the mean and the 5th/95th percentiles of its savings and mean precision, and"
                + " the forecast's cost: its savings with the actual curve as forecast minus the mean."},
        footer = {"%nExamples:",
            "  compare sample-data/scenarios/winter-day.yaml",
            "  compare sample-data/scenarios/winter-day.yaml --policy credit-greedy,credit-greedy@781c6d5",
            "  compare sample-data/scenarios/uk-forecast-error.yaml --draws 50",
            "  compare sample-data/scenarios/winter-day.yaml --format json --out compare.json"})
public final class CompareCommand implements Callable<Integer> {

    /** The exit code of a run stopped by Ctrl+C, as a shell reports a process ended by SIGINT. */
    static final int CANCELLED = 130;

    /** Output formats. */
    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON or YAML).")
    Path scenarioFile;

    @Mixin
    FormatOption<Format> format = new FormatOption<>(Format.class);

    @Mixin
    OutFileOption output;

    @Option(names = {"-p", "--policy"}, paramLabel = "P", split = ",",
            description = "Only these strategies, in this order: comma-separated or the option repeated (default:"
                    + " every registered one). A historical version (name@commit) may be named too.")
    List<String> policies;

    @Option(names = "--draws", paramLabel = "N",
            description = "Run N draws of the scenario's forecastError model per strategy (1 to "
                    + ForecastDraws.MAX_DRAWS + ") and report their spread instead of one run each. Progress and the time left go to"
                    + " standard error; Ctrl+C stops the runs and writes nothing (exit 130).")
    Integer draws;

    @Mixin
    PluginsOption plugins;

    @Mixin
    ForecastOption forecast;

    @Override
    public Integer call() throws IOException {
        output.check(spec);
        StrategyRegistry registry = only(plugins.registry());
        PrintWriter err = spec.commandLine().getErr();
        ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
        Warnings.print(err, "compare", scenarioFile, read.warnings());
        Scenario scenario = forecast.apply(read.scenario(), "compare", err);
        PluginFailures failures = new PluginFailures();
        if (draws != null) {
            return failures.report(err, "compare", draws(registry, scenario, failures));
        }
        Comparison c = failures.run(registry, r -> new StrategyComparison(new Simulator(r), Workers.allCores())
                .compareMetrics(scenario, () -> false, Progress.NONE));
        if (!c.optimum().reachable()) {
            err.println("compare: note: " + c.optimum().message());
        }
        String text = switch (format.value()) {
            case json -> ComparisonWriters.json(c, true);
            case csv -> ComparisonWriters.csv(c);
            case table -> ComparisonWriters.table(c);
        };
        output.write(spec, text);
        return failures.report(err, "compare", 0);
    }

    /** The registry less the strategies --policy leaves out; an unknown or repeated name is a bad argument. */
    private StrategyRegistry only(StrategyRegistry registry) {
        if (policies == null) {
            return registry;
        }
        try {
            return registry.only(policies);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--policy: " + e.getMessage());
        }
    }

    private int draws(StrategyRegistry registry, Scenario scenario, PluginFailures failures) throws IOException {
        if (draws < 1 || draws > ForecastDraws.MAX_DRAWS) {
            throw new ParameterException(spec.commandLine(), "--draws: must be from 1 to "
                    + ForecastDraws.MAX_DRAWS + ", got " + draws);
        }
        if (scenario.forecastError().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--draws: " + scenarioFile.getFileName()
                    + " has no forecastError model to draw from");
        }
        long seed = scenario.forecastError().get().seed();
        if (seed > Long.MAX_VALUE - (draws - 1)) {
            // The draws use seeds seed..seed+N-1; past the largest long they would wrap to negative seeds.
            throw new ParameterException(spec.commandLine(), "--draws: " + draws + " draws from the forecastError"
                    + " seed " + seed + " would pass the largest seed " + Long.MAX_VALUE + "; use a seed of at most "
                    + (Long.MAX_VALUE - (draws - 1)) + " or fewer draws");
        }
        PrintWriter err = spec.commandLine().getErr();
        StderrProgress progress = StderrProgress.of(err, "compare");
        try (Interruption ctrlC = Interruption.watch()) {
            DrawsResult r;
            try {
                r = failures.run(registry, reg -> {
                    ForecastDraws forecastDraws = new ForecastDraws(new Simulator(reg), Workers.allCores());
                    err.println(String.format(Locale.ROOT, "compare: %d strategies on %,d forecast draws and the"
                            + " actual curve, %,d runs of %,d steps; Ctrl+C stops", reg.names().size(), draws,
                            forecastDraws.runs(scenario, draws), scenario.clock().ticks()));
                    return forecastDraws.run(scenario, draws, ctrlC::requested, progress);
                });
            } catch (CancellationException e) {
                progress.finish();
                err.println("compare: cancelled (" + e.getMessage() + "); nothing written");
                return CANCELLED;
            }
            progress.finish();
            String text = switch (format.value()) {
                case json -> DrawsWriters.json(r, true);
                case csv -> DrawsWriters.csv(r);
                case table -> DrawsWriters.table(r);
            };
            output.write(spec, text);
            return 0;
        }
    }
}
