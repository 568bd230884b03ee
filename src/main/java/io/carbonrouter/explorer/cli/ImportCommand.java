package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.schedule.ImportResult;
import io.carbonrouter.explorer.io.schedule.TrafficScheduleImporter;
import io.carbonrouter.explorer.simulation.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code import TRAFFICSCHEDULE}: a scenario carrying a TrafficSchedule's scheduler settings and bounds. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a TrafficSchedule (as kubectl get trafficschedule NAME -o yaml prints it, or as"
                + " written by hand) into a scenario with its scheduler settings and replica bounds.",
            "Flavours, engine-only settings and the curve are the defaults. What the scenario does not use"
                    + " (status, managedFields, ...) is listed on standard error."},
        footer = {"%nExamples:",
            "  kubectl get trafficschedule traffic-schedule -n shop -o yaml > live.yaml",
            "  import live.yaml --out live-scenario.yaml"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRAFFICSCHEDULE", description = "TrafficSchedule file (YAML or JSON).")
    Path file;

    @Mixin
    OutFileOption output = new OutFileOption("SCENARIO", "Write the scenario here (JSON for .json, else YAML),"
            + " atomically, instead of standard output; never over an input, an existing file only with --force.",
            OutFileOption.REPLACE);

    @Override
    public Integer call() throws IOException {
        output.check(spec);
        ImportResult result = TrafficScheduleImporter.read(file);
        PrintWriter err = spec.commandLine().getErr();
        String source = String.valueOf(file.getFileName());
        if (!result.ignored().isEmpty()) {
            err.println("import: " + OneLineErrors.oneLine(source) + ": ignored (not part of a scenario): "
                    + OneLineErrors.oneLine(String.join(", ", Limits.capWarnings(result.ignored()))));
        }
        Warnings.print(err, "import", file, result.warnings());
        boolean json = output.file()
                .filter(out -> out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")).isPresent();
        String text = json ? ScenarioFiles.toJson(result.scenario()) : ScenarioFiles.toYaml(result.scenario());
        output.write(spec, text);
        return 0;
    }
}
