package io.carbonrouter.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.RunMetrics;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SweepCommandTest {

    private static final String WINTER_DAY = "sample-data/scenarios/winter-day.yaml";

    @TempDir
    Path tmp;

    @Test
    void csvHasOneRowPerPointAndStrategy() {
        CliRun r = CliRun.of("sweep", WINTER_DAY, "--param", "targetError=0.05:0.3:0.05",
                "--param", "creditWindow=100:300:100");

        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("targetError,creditWindow,policy,savings,meanPrecision,minPrecision,"
                + "shareBelowTarget,finalBalance,minBalance,shareAtDebtLimit,meanThrottle,regret,idealShare");
        assertThat(lines).hasSize(1 + 6 * 3 * 8);
        assertThat(lines[1]).startsWith("0.05,100,credit-greedy,");
        assertThat(lines[7]).startsWith("0.05,100,random,");
        assertThat(lines[8]).startsWith("0.05,100,receding-horizon,");
        assertThat(lines[9]).startsWith("0.05,200,credit-greedy,");
        assertThat(lines[lines.length - 1]).startsWith("0.3,300,receding-horizon,");
    }

    @Test
    void jsonRowsAgreeWithSingleRunsOfThoseSettings() throws IOException {
        CliRun r = CliRun.of("sweep", WINTER_DAY, "--param", "creditSensitivity=0.1:0.5:0.2", "--policy",
                "forecast-aware-global", "--format", "json");

        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("parameters").get(0).asText()).isEqualTo("creditSensitivity");
        assertThat(root.get("rows")).hasSize(3);
        assertThat(root.get("skipped")).isEmpty();
        Scenario base = ScenarioFiles.read(Path.of(WINTER_DAY));
        Simulator simulator = new Simulator(StrategyRegistry.standard());
        for (JsonNode row : root.get("rows")) {
            double sensitivity = row.get("creditSensitivity").asDouble();
            RunMetrics single = simulator.run(base.withConfig(base.config().withCreditSensitivity(sensitivity)),
                    "forecast-aware-global").metrics();
            assertThat(row.get("policy").asText()).isEqualTo("forecast-aware-global");
            assertThat(row.get("savings").asDouble()).isEqualTo(single.savings());
            assertThat(row.get("meanPrecision").asDouble()).isEqualTo(single.meanPrecision());
            assertThat(row.get("finalBalance").asDouble()).isEqualTo(single.finalBalance());
            assertThat(row.get("meanThrottle").asDouble()).isEqualTo(single.meanThrottle());
        }
    }

    @Test
    void invalidPointsAreSkippedWithOneWarningEach() {
        CliRun r = CliRun.of("sweep", WINTER_DAY, "--param", "creditMin=-1:0:0.5", "--param", "creditMax=0:1:1",
                "--policy", "p100");

        assertThat(r.code()).isZero();
        assertThat(r.err().strip()).isEqualTo("sweep: warning: skipped creditMin=0, creditMax=0: config.creditMin:"
                + " creditMin (0.0) must be below creditMax (0.0)");
        assertThat(r.out().split("\n")).hasSize(1 + 5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty range     | targetError=0.2:0.2:0.1       | sweep: targetError: empty range 0.2:0.2
            inverted range  | targetError=0.3:0.1:0.1       | sweep: targetError: inverted range
            step zero       | creditMax=0.5:1:0             | sweep: creditMax: the step must be positive, got 0
            negative step   | creditMax=0.5:1:-0.1          | sweep: creditMax: the step must be positive, got -0.1
            unknown name    | targetPrecision=0.5:1:0.1     | sweep: unknown parameter 'targetPrecision'; valid:
            not a range     | targetError=0.1               | sweep: 'targetError=0.1': expected
            too many points | creditSensitivity=0:1:0.00005 | sweep: creditSensitivity: 0:1:0.00005 has more
            """)
    void aBadSpecIsOneLineAndNothingRuns(String rule, String param, String message) {
        Path out = tmp.resolve("never.csv");

        CliRun r = CliRun.of("sweep", WINTER_DAY, "--param", param, "--out", out.toString());

        r.failsWithOneLine(2);
        assertThat(r.err()).as(rule).startsWith(message);
        assertThat(out).doesNotExist();
    }

    @Test
    void aGridOverTenThousandPointsIsRefused() {
        CliRun r = CliRun.of("sweep", WINTER_DAY, "--param", "creditMin=-1:-0.01:0.01", "--param",
                "creditMax=0:1:0.01");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("sweep: the grid has 10,100 points, more than 10,000: use larger"
                + " steps or narrower ranges");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void threeParametersAnUnknownPolicyOrNoParameterAreRefused() {
        CliRun three = CliRun.of("sweep", WINTER_DAY, "--param", "creditMin=-1:0:0.5", "--param",
                "creditMax=0.5:1:0.5", "--param", "targetError=0.1:0.2:0.1");
        CliRun policy = CliRun.of("sweep", WINTER_DAY, "--param", "targetError=0.1:0.2:0.1", "--policy", "nope");
        CliRun none = CliRun.of("sweep", WINTER_DAY);
        CliRun twice = CliRun.of("sweep", WINTER_DAY, "--param", "targetError=0.1:0.2:0.1", "-p", "p100,random",
                "-p", "p100");

        assertThat(three.err().strip()).isEqualTo("sweep: a sweep varies at most two parameters, got 3");
        assertThat(policy.err()).startsWith("sweep: --policy: unknown policy 'nope'; registered: credit-greedy");
        assertThat(none.err()).contains("--param");
        three.failsWithOneLine(2);
        policy.failsWithOneLine(2);
        none.failsWithOneLine(2);
        assertThat(twice.err().strip()).isEqualTo("sweep: --policy: 'p100' is named twice");
        twice.failsWithOneLine(2);
    }

    @Test
    void severalPoliciesRunInTheOrderNamedWithTheRowsOfTheFullSweep() {
        CliRun all = CliRun.of("sweep", WINTER_DAY, "--param", "targetError=0.1:0.3:0.1");
        CliRun some = CliRun.of("sweep", WINTER_DAY, "--param", "targetError=0.1:0.3:0.1", "--policy",
                "random,credit-greedy");

        assertThat(some.code()).isZero();
        String[] lines = some.out().split("\\R");
        assertThat(lines).hasSize(1 + 3 * 2);
        assertThat(lines[1]).contains(",random,");
        assertThat(lines[2]).contains(",credit-greedy,");
        List<String> full = List.of(all.out().split("\\R"));
        for (int i = 1; i < lines.length; i++) {
            assertThat(full).contains(lines[i]);
        }
    }

    @Test
    void anOutThatIsAFolderIsRefusedBeforeAnythingRuns() {
        CliRun r = CliRun.of("sweep", WINTER_DAY, "--param", "targetError=0.1:0.2:0.1", "--out", tmp.toString());

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("is a folder");
    }

    @Test
    void aGridWhereEveryPointIsInvalidIsRefused() {
        CliRun r = CliRun.of("sweep", WINTER_DAY, "--param", "targetError=1.5:2:0.5");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("sweep: every one of the 2 grid points makes the scenario invalid");
    }

    @Test
    void helpListsTheParametersAndTheSkippingRule() {
        CliRun r = CliRun.of("sweep", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("throttleIntensityCeiling").contains("is skipped with a warning")
                .contains("--param=NAME=FROM:TO:STEP");
    }

    @Test
    void outWritesTheFileAndStatsGoToStandardError() throws IOException {
        Path out = tmp.resolve("sweep.json");

        CliRun r = CliRun.of("sweep", WINTER_DAY, "--param", "throttleMin=0:0.2:0.1", "--format", "json",
                "--out", out.toString(), "--stats");

        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("sweep: wrote " + out).contains("sweep: 24 runs (3 points x 8 strategies) of 144"
                + " steps in ");
        assertThat(new ObjectMapper().readTree(Files.readString(out)).get("rows")).hasSize(24);
    }
}
