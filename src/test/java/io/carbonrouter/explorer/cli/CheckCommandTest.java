package io.carbonrouter.explorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest {

    private static final String DEMO = "src/test/resources/schedule/upstream-demo-trafficschedule.yaml";

    @TempDir
    Path tmp;

    @Test
    void givenTheUpstreamDemoThenThereIsNoProblemAndTheExitCodeIsZero() {
        CliRun r = CliRun.of("check", DEMO);

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("check: upstream-demo-trafficschedule.yaml: no problems"
                + System.lineSeparator());
    }

    @Test
    void givenABrokenResourceThenEachProblemIsOneLineAndTheExitCodeIsOne() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(DEMO)).replace("      cpuUtilization: 80\n    resources",
                "    resources").replace("targetError: \"0.15\"", "targetError: 0.15")
                .replace("policy: forecast-aware", "policy: precision-tier"));

        CliRun r = CliRun.of("check", bad.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(
                "spec.scheduler.targetError: expected string, got number 0.15",
                "spec.router.autoscaling.cpuUtilization: missing; the operator dereferences it when it builds the"
                        + " router's ScaledObject, so reconciliation stalls",
                "spec.consumer.autoscaling.cpuUtilization: missing; the operator dereferences it when it builds the"
                        + " consumer's ScaledObject, so reconciliation stalls",
                "spec.scheduler.policy: policy 'precision-tier' is not registered in the deployed decision engine"
                        + " (credit-greedy, forecast-aware, forecast-aware-global, p100, random, round-robin); it"
                        + " would silently run credit-greedy");
        assertThat(r.err()).isEqualTo("check: bad.yaml: 4 problems" + System.lineSeparator());
    }

    @Test
    void givenTheHelmChartsCrdThenTheThrottleFieldsAreNamed() {
        CliRun r = CliRun.of("check", DEMO, "--crd", "src/test/resources/crd/helm-umbrella-trafficschedules.yaml");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly("spec.scheduler.throttleMin: unknown field",
                "spec.scheduler.throttleIntensityFloor: unknown field",
                "spec.scheduler.throttleIntensityCeiling: unknown field");
    }

    @Test
    void givenAFileThatIsNoCrdThenOneLineNamesIt() {
        CliRun r = CliRun.of("check", DEMO, "--crd", DEMO);

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("upstream-demo-trafficschedule.yaml: not a CustomResourceDefinition");
    }

    @Test
    void givenAStepThenSimulatePrintsItsPublishedStatus() {
        CliRun r = CliRun.of("simulate", "sample-data/scenarios/winter-day.yaml", "--status-at", "10");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("status:\n  activePolicy: credit-greedy\n  creditBalance: \"")
                .contains("  - emissions: \"0.3\"\n    precision: 30\n")
                .endsWith("  routingEvaluator: router\n  validUntil: \"2030-01-15T05:01:00Z\"\n");
    }

    @Test
    void givenAStepBeyondTheRunThenSimulateRefusesTheArgument() {
        CliRun r = CliRun.of("simulate", "sample-data/scenarios/winter-day.yaml", "--status-at", "144");

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("--status-at: step 144 is outside the run's steps 0..143");
    }
}
