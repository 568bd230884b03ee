package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.AtomicFiles;
import io.carbonrouter.explorer.io.RunWriters;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.schedule.PublishedStatus;
import io.carbonrouter.explorer.simulation.Run;
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
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
            description = "json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here (atomically) instead of"
            + " standard output.")
    Path out;

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

    @Override
    public Integer call() throws IOException {
        StrategyRegistry registry = plugins.registry();
        ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
        PrintWriter err = spec.commandLine().getErr();
        read.warnings().forEach(w -> err.println("simulate: warning: " + scenarioFile.getFileName() + ": " + w));
        Scenario scenario = intensity.apply(read.scenario(), "simulate", err);
        String name = policy != null ? policy : scenario.policy();
        if (!registry.contains(name)) {
            throw new UserError((policy != null ? "--policy" : scenarioFile.getFileName() + ": policy")
                    + ": unknown policy '" + name + "'; registered: " + String.join(", ", registry.names()));
        }
        long t0 = System.nanoTime();
        Run run = new Simulator(registry).run(scenario, name);
        long total = System.nanoTime() - t0;
        String status = statusAt == null ? null : status(scenario, run);
        if (status != null && out == null) {
            spec.commandLine().getOut().print(status);
            spec.commandLine().getOut().flush();
            return 0;
        }
        AtomicFiles.Content content = status != null
                ? o -> o.write(status.getBytes(StandardCharsets.UTF_8)) : format == Format.csv
                ? o -> RunWriters.writeCsv(run, o)
                : o -> RunWriters.writeJson(run, o, !compact);
        if (out == null) {
            OutputStream stdout = System.out;
            content.writeTo(stdout);
            stdout.flush();
        } else {
            AtomicFiles.write(out, content);
        }
        if (stats) {
            err.println(String.format(Locale.ROOT, "simulate: %d steps, policy %s, engine %.1f ms (%.2f us/step),"
                            + " simulation %.1f ms", run.steps(), name, run.engineNanos() / 1e6,
                    run.engineNanos() / 1e3 / Math.max(1, run.steps()), total / 1e6));
        }
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
