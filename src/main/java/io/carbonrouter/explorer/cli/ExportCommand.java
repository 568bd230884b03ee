package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.schedule.KubernetesNames;
import io.carbonrouter.explorer.io.schedule.TrafficScheduleExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code export SCENARIO --name N --namespace NS}: the scenario as a TrafficSchedule for kubectl apply. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a scenario's scheduler settings and replica bounds as a Kubernetes TrafficSchedule.",
            "Settings the CRD has no field for go into a comment. Flavours are Deployment labels, not part of the"
                    + " resource: --labels prints the kubectl commands that set them."},
        footer = {"%nExamples:",
            "  export winter-day.yaml --name uk-winter --namespace shop | kubectl apply -f -",
            "  export tuned.yaml --name checkout --namespace shop --out checkout.yaml",
            "  export tuned.yaml --namespace shop --labels"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON or YAML).")
    Path scenarioFile;

    @Option(names = {"-n", "--name"}, paramLabel = "N",
            description = "The TrafficSchedule's metadata.name (a Kubernetes name: lower case, digits, '-', '.').")
    String name;

    @Option(names = "--namespace", required = true, paramLabel = "NS", description = "Its metadata.namespace.")
    String namespace;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of standard output; never over an input, an existing"
                    + " file only with --force.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    @Option(names = "--labels", description = "Print the kubectl label commands for the scenario's enabled"
            + " flavours instead of the TrafficSchedule.")
    boolean labels;

    @Override
    public Integer call() throws IOException {
        if (name == null && !labels) {
            throw new ArgumentError("--name is required: the TrafficSchedule's metadata.name");
        }
        KubernetesNames.namespaceProblem(namespace).ifPresent(m -> {
            throw new ArgumentError("--namespace: " + m);
        });
        if (name != null) {
            KubernetesNames.nameProblem(name).ifPresent(m -> {
                throw new ArgumentError("--name: " + m);
            });
        }
        OutputFiles.check(out, force, scenarioFile);
        ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
        Warnings.print(spec.commandLine().getErr(), "export", scenarioFile, read.warnings());
        String text = labels
                ? String.join("\n", TrafficScheduleExporter.kubectlLabelLines(read.scenario(), namespace)) + "\n"
                : TrafficScheduleExporter.toYaml(read.scenario(), name, namespace);
        OutputFiles.write(spec, out, force, text);
        return 0;
    }
}
