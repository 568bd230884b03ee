package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.ReconcileWriters;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.measured.MeasuredRunReader;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.measured.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code reconcile MEASURED.csv SCENARIO}: a measured run against the scenario's simulated run, per figure. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Set a run measured on a cluster (the timeseries.csv of upstream's benchmark harness,"
                + " experiments/run_simple_benchmark.py) against the scenario's simulated run, figure by figure with"
                + " the notebooks' formulas: measured, simulated and the difference.",
            "The scenario is also run once per modelled part (each part of its deployment loop's cluster model that"
                + " is not ideal, and its forecast error) with that part at its ideal value, and each figure names"
                + " the part that moves it most. Energy per request is the notebooks': 1.00/0.50/0.30 for"
                + " precision 100/50/30 (the precision itself)."},
        footer = {"%nExamples:",
            "  reconcile results/simple_20251118_182945/credit-greedy/timeseries.csv replay.yaml",
            "  reconcile timeseries.csv replay.yaml --format json --out reconcile.json"})
public final class ReconcileCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MEASURED", description = "The harness's timeseries.csv.")
    Path measuredFile;

    @Parameters(index = "1", paramLabel = "SCENARIO", description = "Scenario file (JSON or YAML) that replays it.")
    Path scenarioFile;

    @Mixin
    FormatOption<Format> format = new FormatOption<>(Format.class);

    @Option(names = {"-p", "--policy"}, paramLabel = "POLICY",
            description = "Simulate this strategy instead of the scenario's.")
    String policy;

    @Mixin
    OutFileOption output;

    @Mixin
    PluginsOption plugins;

    @Override
    public Integer call() throws IOException {
        output.check(spec);
        Simulator simulator = new Simulator(plugins.registry());
        PrintWriter err = spec.commandLine().getErr();
        MeasuredRunReader.Read measured = MeasuredRunReader.read(measuredFile);
        Warnings.print(err, "reconcile", measuredFile, measured.warnings());
        ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
        Warnings.print(err, "reconcile", scenarioFile, read.warnings());
        Scenario scenario = read.scenario();
        if (policy != null) {
            if (!simulator.registry().contains(policy)) {
                throw new ParameterException(spec.commandLine(), "--policy: unknown policy '" + policy
                        + "'; registered: " + String.join(", ", simulator.registry().names()));
            }
            scenario = scenario.withPolicy(policy);
        }
        Reconciliation r = Reconciliation.of(measured.run(), scenario, simulator);
        String text = switch (format.value()) {
            case json -> ReconcileWriters.json(r, true);
            case csv -> ReconcileWriters.csv(r);
            case table -> ReconcileWriters.table(r);
        };
        output.write(spec, text);
        return 0;
    }
}
