package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.RunWriters;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.schedule.PublishedStatus;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Simulation;
import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
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
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code simulate SCENARIO}: runs one strategy over the scenario's timeline and prints every step. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a strategy over a scenario's timeline and print every step (JSON or CSV).",
        footer = {"%nExamples:",
            "  simulate sample-data/scenarios/winter-day.yaml --format csv --out run.csv",
            "  simulate sample-data/scenarios/winter-day.yaml --policy forecast-aware-global --stats"})
public final class SimulateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON or YAML).")
    Path scenarioFile;

    @Option(names = {"-p", "--policy"}, paramLabel = "P",
            description = "Strategy to run instead of the scenario's own policy.")
    String policy;

    @Mixin
    FormatOption<Format> format = new FormatOption<>(Format.class);

    @Mixin
    OutFileOption output = new OutFileOption("FILE", OutFileOption.WRITE_HERE, "Replace the --out file if it"
            + " exists, and write output larger than the size limit (about 512 MiB).");

    @Option(names = "--stats", description = "Print the step count and the engine time on standard error.")
    boolean stats;

    @Option(names = "--compact", description = "JSON on one line instead of indented.")
    boolean compact;

    @Option(names = "--status-at", paramLabel = "STEP", description = "Print only step STEP's decision (0-based)"
            + " as the operator publishes it in the TrafficSchedule's status, to diff with kubectl get -o yaml.")
    Integer statusAt;

    @Mixin
    PluginsOption plugins;

    @Mixin
    IntensityOption intensity;

    @Mixin
    ForecastOption forecast;

    @Override
    public Integer call() throws IOException {
        output.check(spec);
        StrategyRegistry registry = plugins.registry();
        if (policy != null && !registry.contains(policy)) {
            throw new ArgumentError("--policy: unknown policy '" + policy + "'; registered: "
                    + String.join(", ", registry.names()));
        }
        ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
        PrintWriter err = spec.commandLine().getErr();
        Warnings.print(err, "simulate", scenarioFile, read.warnings());
        Scenario scenario = forecast.apply(intensity.apply(read.scenario(), "simulate", err), "simulate", err);
        String name = policy != null ? policy : scenario.policy();
        if (!registry.contains(name)) {
            throw new UserError(scenarioFile.getFileName() + ": policy"
                    + ": unknown policy '" + name + "'; registered: " + String.join(", ", registry.names()));
        }
        long t0 = System.nanoTime();
        if (statusAt != null) {
            // One step's status is written, whatever the run's length: the size limit is for what is written.
            return printStatus(scenario, new Simulator(registry).run(scenario, name));
        }
        OutputSize.check(scenario, format.value() == Format.csv, output.force());
        // The run is written as its ticks come, so a deployed year never sits in memory.
        Simulation sim = new Simulator(registry).startUnrecorded(scenario, name);
        EmissionsUnit unit = EmissionsUnit.of(scenario);
        output.stream(spec, format.value() == Format.csv
                ? o -> RunWriters.streamCsv(sim, o, unit)
                : o -> RunWriters.streamJson(sim, o, !compact, unit));
        long total = System.nanoTime() - t0;
        if (stats) {
            double later = sim.laterHalfNanosPerStep();
            String warm = Double.isNaN(later) ? ""
                    : String.format(Locale.ROOT, "; %.3f us/step over the later half, once compiled", later / 1e3);
            err.println(String.format(Locale.ROOT, "simulate: %d steps, policy %s, engine %.1f ms (%.2f us/step%s),"
                            + " simulation and output %.1f ms", sim.position(), name, sim.engineNanos() / 1e6,
                    sim.engineNanos() / 1e3 / Math.max(1, sim.position()), warm, total / 1e6));
        }
        return 0;
    }

    private int printStatus(Scenario scenario, Run run) {
        output.write(spec, status(scenario, run));
        return 0;
    }

    private String status(Scenario scenario, Run run) {
        if (statusAt < 0 || statusAt >= run.steps()) {
            throw new ParameterException(spec.commandLine(), "--status-at: step " + statusAt
                    + " is outside the run's steps 0.." + (run.steps() - 1));
        }
        return PublishedStatus.of(scenario, run, statusAt);
    }
}
