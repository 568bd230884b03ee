package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.schedule.TrafficScheduleExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {

    private static final String WINTER = "sample-data/scenarios/winter-day.yaml";

    @TempDir
    Path tmp;

    @Test
    void givenNoNameThenItPrintsTheTrafficScheduleTheRouterAndConsumerRead() {
        CliRun r = CliRun.of("export", WINTER, "--namespace", "shop");

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(TrafficScheduleExporter.toYaml(ScenarioFiles.read(Path.of(WINTER)),
                "traffic-schedule", "shop"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void givenAnotherNameThenItWarnsWhyOnStandardError() {
        CliRun r = CliRun.of("export", WINTER, "--name", "checkout", "--namespace", "shop");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("  name: checkout\n");
        assertThat(r.err()).isEqualTo("export: warning: metadata.name 'checkout' is not traffic-schedule: the"
                + " operator starts the router and consumer with TS_NAME=traffic-schedule, so they never read this"
                + " resource" + System.lineSeparator());
    }

    @Test
    void givenADeploymentLoopEveryMinuteThenTheCommentSetsTheEngineEvaluationInterval() throws IOException {
        Path scenario = tmp.resolve("minute.yaml");
        Files.writeString(scenario, Files.readString(Path.of("sample-data/scenarios/flat-grid.yaml"))
                .replace("evaluationSeconds: 15", "evaluationSeconds: 60"));

        CliRun r = CliRun.of("export", scenario.toString(), "--namespace", "shop");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("#   SCHEDULE_EVAL_INTERVAL_SEC=60\n")
                .containsPattern("kubectl set env .* SCHEDULE_EVAL_INTERVAL_SEC=60 ");
    }

    @Test
    void givenTheHelmChartsOlderCrdThenItNamesTheFieldsThatCrdRejects() {
        CliRun r = CliRun.of("export", WINTER, "--namespace", "shop", "--crd",
                "src/test/resources/crd/helm-umbrella-trafficschedules.yaml");

        assertThat(r.code()).isZero();
        assertThat(r.err().lines()).containsExactly(
                "export: warning: the CRD in helm-umbrella-trafficschedules.yaml rejects spec.scheduler.throttleMin:"
                        + " unknown field",
                "export: warning: the CRD in helm-umbrella-trafficschedules.yaml rejects"
                        + " spec.scheduler.throttleIntensityFloor: unknown field",
                "export: warning: the CRD in helm-umbrella-trafficschedules.yaml rejects"
                        + " spec.scheduler.throttleIntensityCeiling: unknown field");
    }

    @Test
    void givenLabelsThenItPrintsTheKubectlLabelCommandsOfTheFlavours() {
        CliRun r = CliRun.of("export", WINTER, "--namespace", "shop", "--labels", "--service", "checkout");

        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(4).element(1).isEqualTo("kubectl label deployment precision-100"
                + " carbonrouter/parent-service=checkout carbonstat.precision=100 carbonstat.emissions=1 -n shop"
                + " --overwrite");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void givenOutThenItWritesANewFileButReplacesOneOnlyWithForce() throws IOException {
        Path out = tmp.resolve("ts.yaml");

        CliRun first = CliRun.of("export", WINTER, "--namespace", "b", "--out", out.toString());
        Files.writeString(out, "kept");
        CliRun refused = CliRun.of("export", WINTER, "--namespace", "b", "--out", out.toString());
        String afterRefusal = Files.readString(out);
        CliRun forced = CliRun.of("export", WINTER, "--namespace", "b", "--out", out.toString(),
                "--force");

        assertThat(first.code()).isZero();
        assertThat(first.err()).isEqualTo("export: wrote " + out + System.lineSeparator());
        refused.failsWithOneLine(2);
        assertThat(refused.err()).startsWith("export: --out " + out + ": the file exists; add --force to replace it");
        assertThat(afterRefusal).isEqualTo("kept");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(out)).startsWith("# TrafficSchedule exported by Policy Explorer");
    }

    @Test
    void givenAFailedWriteThenTheOldFileIsIntact() throws IOException {
        // The temporary file beside the target gets a longer name than the file system allows, so the write
        // fails (even for root) after the old file was found and before anything replaced it.
        Path out = tmp.resolve("t".repeat(240) + ".yaml");
        Files.writeString(out, "old content");

        CliRun r = CliRun.of("export", WINTER, "--namespace", "b", "--out", out.toString(), "--force");

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("cannot write (the old file, if any, is unchanged)");
        assertThat(Files.readString(out)).isEqualTo("old content");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void givenAFolderAsOutThenItIsRefused() {
        CliRun r = CliRun.of("export", WINTER, "--namespace", "b", "--out", tmp.toString());

        r.failsWithOneLine(2);
        assertThat(r.err()).isEqualTo("export: --out " + tmp + ": is a folder; give a file name"
                + System.lineSeparator());
    }

    @Test
    void givenAnInvalidKubernetesNameThenItIsRefused() {
        CliRun r = CliRun.of("export", WINTER, "--name", "Winter_Day", "--namespace", "shop");

        r.failsWithOneLine(2);
        assertThat(r.err())
                .startsWith("export: --name: name \"Winter_Day\" is not a valid Kubernetes name: use lower-case");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void givenABadScenarioThenTheMessageNamesTheField() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "intensity: [1]\nconfig: {creditMin: 3}\n");

        CliRun r = CliRun.of("export", bad.toString(), "--namespace", "b");

        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("export: bad.yaml: config.creditMin: creditMin (3.0) must be below creditMax");
    }

    @Test
    void givenHelpThenItListsTheOptions() {
        CliRun r = CliRun.of("export", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: policy-explorer export", "--name", "--namespace", "--labels", "--force");
    }

    @Test
    void givenNoNamespaceThenItIsAnArgumentError() {
        CliRun.of("export", WINTER, "--name", "a").failsWithOneLine(2);
    }
}
