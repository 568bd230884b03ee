package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ComparisonWriters;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.Comparison;
import io.carbonrouter.explorer.simulation.compare.Progress;
import io.carbonrouter.explorer.simulation.compare.StrategyComparison;
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
import java.util.concurrent.Callable;

/** {@code compare SCENARIO}: every registered strategy on the scenario, against the offline optimum. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run every registered strategy on a scenario, one row each, and set them against the"
                + " offline optimum: the most any per-slot mix of the flavours could save at the target precision"
                + " (1 - targetError) with perfect foresight.",
            "Regret is how much more the optimum saves at the strategy's own mean precision."},
        footer = {"%nExamples:",
            "  compare sample-data/scenarios/winter-day.yaml",
            "  compare sample-data/scenarios/winter-day.yaml --format json --out compare.json"})
public final class CompareCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON or YAML).")
    Path scenarioFile;

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of standard output; never over an input, an existing"
                    + " file only with --force.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Mixin
    PluginsOption plugins;

    @Override
    public Integer call() throws IOException {
        OutputFiles.check(out, force, scenarioFile);
        StrategyRegistry registry = plugins.registry();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
        Warnings.print(err, "compare", scenarioFile, read.warnings());
        Comparison c = new StrategyComparison(new Simulator(registry), Workers.allCores())
                .compareMetrics(read.scenario(), () -> false, Progress.NONE);
        if (!c.optimum().reachable()) {
            err.println("compare: note: " + c.optimum().message());
        }
        String text = switch (format) {
            case json -> ComparisonWriters.json(c, true);
            case csv -> ComparisonWriters.csv(c);
            case table -> ComparisonWriters.table(c);
        };
        OutputFiles.write(spec, out, force, text);
        return 0;
    }
}
