package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.YamlSupport;
import io.carbonrouter.explorer.io.schedule.ScheduleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code check FILE}: every reason a TrafficSchedule would be refused or run unlike it reads on the cluster. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a TrafficSchedule (hand-written, exported or a kubectl -o yaml dump) against the CRD"
                + " and what the operator needs when it runs it.",
            "Prints one line per problem, field path first: schema (types, unknown fields, int32 range), fields"
                    + " the operator dereferences, numbers Go's ParseFloat drops, policies the deployed engine"
                    + " lacks, min above max. Exit code 1 when there is any, 0 when none."},
        footer = {"%nExamples:",
            "  check traffic-schedule.yaml",
            "  kubectl get trafficschedule traffic-schedule -n shop -o yaml > ts.yaml && check ts.yaml",
            "  check traffic-schedule.yaml --crd helm/crds/trafficschedules.yaml"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "TrafficSchedule file (JSON or YAML).")
    Path file;

    @Mixin
    CrdOption crd;

    @Override
    public Integer call() {
        String source = YamlSupport.sourceName(file);
        List<String> problems = ScheduleCheck.problems(YamlSupport.readInput(file), source, crd.schema());
        problems.forEach(p -> spec.commandLine().getOut().println(OneLineErrors.oneLine(p)));
        spec.commandLine().getErr().println("check: " + source + ": " + (problems.isEmpty() ? "no problems"
                : problems.size() + (problems.size() == 1 ? " problem" : " problems")));
        spec.commandLine().getOut().flush();
        return problems.isEmpty() ? 0 : 1;
    }
}
