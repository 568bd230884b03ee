package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    private static final String DUMP = "sample-data/trafficschedules/kubectl-get.yaml";

    @TempDir
    Path tmp;

    @Test
    void printsAScenarioAndListsWhatItIgnored() {
        CliRun r = CliRun.of("import", DUMP);

        assertThat(r.code()).isZero();
        Scenario s = ScenarioFiles.parse(r.out(), "stdout");
        assertThat(s.policy()).isEqualTo("forecast-aware");
        assertThat(s.componentBounds()).contains(ComponentBound.of("router", 1, 15));
        assertThat(r.err().lines()).containsExactly("import: kubectl-get.yaml: ignored (not part of a scenario):"
                + " status, metadata.annotations, metadata.creationTimestamp, metadata.generation,"
                + " metadata.managedFields, metadata.resourceVersion, metadata.uid, spec.router.debug,"
                + " spec.router.resources, spec.router.autoscaling.cooldownPeriod,"
                + " spec.router.autoscaling.cpuUtilization, spec.consumer.debug, spec.consumer.resources,"
                + " spec.consumer.autoscaling.cooldownPeriod, spec.consumer.autoscaling.cpuUtilization,"
                + " spec.target.autoscaling.cooldownPeriod, spec.target.autoscaling.cpuUtilization");
    }

    @Test
    void printsWarnings() {
        CliRun r = CliRun.of("import", "sample-data/trafficschedules/legacy-policy-shorthand.yaml");

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("import: warning: legacy-policy-shorthand.yaml: apiVersion"
                + " carbonrouter.belgio99.io/v1alpha1 is the older group");
    }

    @Test
    void writesJsonOrYamlByExtensionAndNeverOverwritesWithoutForce() throws IOException {
        Path json = tmp.resolve("s.json");

        CliRun first = CliRun.of("import", DUMP, "--out", json.toString());
        CliRun again = CliRun.of("import", DUMP, "--out", json.toString());

        assertThat(first.code()).isZero();
        assertThat(Files.readString(json)).startsWith("{");
        assertThat(ScenarioFiles.read(json).policy()).isEqualTo("forecast-aware");
        again.failsWithOneLine(2);
        assertThat(again.err()).contains("the file exists; add --force to replace it");
        assertThat(CliRun.of("import", DUMP, "--out", json.toString(), "--force").code()).isZero();
    }

    @Test
    void roundTripsThroughExport() throws IOException {
        Path ts = tmp.resolve("ts.yaml");
        Path back = tmp.resolve("back.yaml");
        Scenario original = ScenarioFiles.read(Path.of("sample-data/scenarios/grid-emergency.yaml"));

        CliRun.of("export", "sample-data/scenarios/grid-emergency.yaml", "--name", "x", "--namespace", "y",
                "--out", ts.toString());
        CliRun r = CliRun.of("import", ts.toString(), "--out", back.toString());

        assertThat(r.code()).isZero();
        Scenario s = ScenarioFiles.read(back);
        assertThat(s.config()).isEqualTo(original.config());
        assertThat(s.policy()).isEqualTo(original.policy());
        assertThat(s.deployment()).isEqualTo(original.deployment());
        assertThat(s.componentBounds()).isEqualTo(original.componentBounds());
    }

    @Test
    void aWrongKindSaysWhatWasExpected() throws IOException {
        Path file = tmp.resolve("d.yaml");
        Files.writeString(file, "apiVersion: apps/v1\nkind: Deployment\n");

        CliRun r = CliRun.of("import", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("import: d.yaml: kind: expected TrafficSchedule, got \"Deployment\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void malformedYamlGivesLineAndColumn() throws IOException {
        Path file = tmp.resolve("m.yaml");
        Files.writeString(file, "kind: TrafficSchedule\nspec: [\n");

        CliRun r = CliRun.of("import", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("import: m.yaml: malformed").containsPattern("line \\d+, column \\d+");
    }

    @Test
    void hasHelp() {
        CliRun r = CliRun.of("import", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: policy-explorer import", "--out", "--force");
        assertThat(List.of(r.err())).containsExactly("");
    }
}
