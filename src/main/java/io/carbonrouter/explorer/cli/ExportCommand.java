package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.ScenarioRead;
import io.carbonrouter.explorer.io.schedule.DeployedEngine;
import io.carbonrouter.explorer.io.schedule.KubernetesNames;
import io.carbonrouter.explorer.io.schedule.TrafficScheduleExporter;
import io.carbonrouter.explorer.simulation.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code export SCENARIO --namespace NS}: the scenario as a TrafficSchedule the operator runs as it is. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a scenario's scheduler settings and components as a Kubernetes TrafficSchedule that"
                + " the operator runs as it is.",
            "Engine settings the CRD has no field for go into a comment, with the kubectl set env command that"
                    + " applies them. Warnings (on standard error) say where the cluster would behave unlike the"
                    + " explored run. Flavours are Deployment labels: --labels prints the kubectl commands."},
        footer = {"%nExamples:",
            "  export winter-day.yaml --namespace shop | kubectl apply -f -",
            "  export tuned.yaml --namespace shop --out traffic-schedule.yaml",
            "  export tuned.yaml --namespace shop --crd helm/crds/trafficschedules.yaml",
            "  export tuned.yaml --namespace shop --labels --service checkout"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON or YAML).")
    Path scenarioFile;

    @Option(names = {"-n", "--name"}, paramLabel = "N", defaultValue = DeployedEngine.SCHEDULE_NAME,
            description = "metadata.name (default: ${DEFAULT-VALUE}, the only name the router and consumer"
                    + " read).")
    String name;

    @Option(names = "--namespace", required = true, paramLabel = "NS", description = "Its metadata.namespace.")
    String namespace;

    @Mixin
    OutFileOption output;

    @Option(names = "--labels", description = "Print the kubectl label commands for the scenario's enabled"
            + " flavours (parent service, precision percent, emissions) instead of the TrafficSchedule.")
    boolean labels;

    @Option(names = "--service", paramLabel = "S", description = "With --labels: the Service labelled"
            + " carbonrouter/enabled=true (default: read from $SERVICE when the commands run).")
    String service;

    @Mixin
    CrdOption crd;

    @Override
    public Integer call() throws IOException {
        KubernetesNames.namespaceProblem(namespace).ifPresent(m -> {
            throw new ArgumentError("--namespace: " + m);
        });
        KubernetesNames.nameProblem(name).ifPresent(m -> {
            throw new ArgumentError("--name: " + m);
        });
        if (service != null) {
            KubernetesNames.labelProblem("service", service).ifPresent(m -> {
                throw new ArgumentError("--service: " + m);
            });
        }
        output.check(spec);
        PrintWriter err = spec.commandLine().getErr();
        ScenarioRead read = ScenarioFiles.readWithWarnings(scenarioFile);
        Warnings.print(err, "export", scenarioFile, read.warnings());
        Scenario scenario = read.scenario();
        if (labels) {
            String lines = String.join("\n",
                    TrafficScheduleExporter.kubectlLabelLines(scenario, namespace, Optional.ofNullable(service)));
            warn(err, TrafficScheduleExporter.labelWarnings(scenario));
            output.write(spec, lines + "\n");
            return 0;
        }
        String yaml = TrafficScheduleExporter.toYaml(scenario, name, namespace);
        warn(err, TrafficScheduleExporter.warnings(scenario, name));
        crd.schema().violations(yaml).forEach(v -> err.println("export: warning: " + crd.name() + " rejects " + v));
        output.write(spec, yaml);
        return 0;
    }

    /** Each warning once, on one line, whichever checks found it. */
    private static void warn(PrintWriter err, List<String> warnings) {
        new LinkedHashSet<>(warnings).forEach(w -> err.println("export: warning: " + OneLineErrors.oneLine(w)));
    }
}
