package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.PublishedFiguresReader;
import io.carbonrouter.explorer.io.ReplayWriters;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.measured.Replay;
import io.carbonrouter.explorer.simulation.measured.Replay.PublishedFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code replay SCENARIO... [--published FILE]}: published cluster runs replayed, one row each. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay runs measured on a cluster, one scenario each (sample-data/cluster/), with each"
                + " scenario's own strategy (an upstream version such as credit-greedy@781c6d5 where the run used"
                + " one) through its cluster path, and sum them with the upstream notebooks' formulas.",
            "With --published, each run's row sets the linear carbon reduction and the request-weighted mean"
                + " precision beside the figures its notebook printed (looked up by the scenario's file name"
                + " without its extension) and says whether both are within 3 points and 0.03."},
        footer = {"%nExamples:",
            "  replay sample-data/cluster/*.yaml --published sample-data/cluster/published.yaml",
            "  replay sample-data/cluster/*.yaml --published sample-data/cluster/published.yaml --format json"})
public final class ReplayCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Replay scenario files (JSON or YAML).")
    List<Path> scenarioFiles;

    @Option(names = "--published", paramLabel = "FILE",
            description = "The figures the notebooks printed per run (sample-data/cluster/published.yaml).")
    Path publishedFile;

    @Mixin
    FormatOption<Format> format = new FormatOption<>(Format.class);

    @Mixin
    OutFileOption output;

    @Mixin
    PluginsOption plugins;

    @Override
    public Integer call() throws IOException {
        output.check(spec);
        PrintWriter err = spec.commandLine().getErr();
        Map<String, PublishedFigures> published = publishedFile == null ? Map.of()
                : PublishedFiguresReader.read(publishedFile);
        Simulator simulator = new Simulator(plugins.registry());
        List<Replay> replays = new ArrayList<>();
        for (Path file : scenarioFiles) {
            ScenarioRead read = ScenarioFiles.readWithWarnings(file);
            Warnings.print(err, "replay", file, read.warnings());
            String run = runName(file);
            Optional<PublishedFigures> figures = Optional.ofNullable(published.get(run));
            if (publishedFile != null && figures.isEmpty()) {
                err.println("replay: " + file + ": no published figures for run '" + run + "' in " + publishedFile);
            }
            replays.add(Replay.of(run, read.scenario(), simulator, figures));
        }
        String text = switch (format.value()) {
            case json -> ReplayWriters.json(replays, true);
            case csv -> ReplayWriters.csv(replays);
            case table -> ReplayWriters.table(replays);
        };
        output.write(spec, text);
        return 0;
    }

    /** The file name without its extension: the run it replays. */
    static String runName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
