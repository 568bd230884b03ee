package io.carbonrouter.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReconcileCommandTest {

    private static final String MEASURED = "src/test/resources/measured/synthetic-timeseries.csv";
    private static final String REPLAY = "src/test/resources/measured/replay.yaml";

    @TempDir
    Path tmp;

    @Test
    void theTableSetsEveryFigureSideBySide() {
        CliRun r = CliRun.of("reconcile", MEASURED, REPLAY);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("policy credit-greedy\n")
                .contains("linear carbon reduction", "48.61 %", "request-weighted precision", "0.6008")
                .contains("no modelled part to switch");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonNamesTheFiguresAsCompareDoes() throws IOException {
        CliRun r = CliRun.of("reconcile", MEASURED, REPLAY, "--format", "json", "--policy", "p100");

        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("policy").asText()).isEqualTo("p100");
        JsonNode first = root.get("rows").get(0);
        assertThat(first.get("metric").asText()).isEqualTo("linearCarbonReduction");
        assertThat(first.get("measured").asDouble()).isBetween(48.6119, 48.6120);
        assertThat(first.get("simulated").asDouble()).isEqualTo(0.0);
        assertThat(first.get("movedBy").isNull()).isTrue();
        assertThat(root.get("rows").get(1).get("metric").asText()).isEqualTo("nonLinearCarbonReduction");
        assertThat(root.get("rows").get(2).get("metric").asText()).isEqualTo("requestWeightedPrecision");
    }

    @Test
    void csvHasOneRowPerFigure() {
        CliRun r = CliRun.of("reconcile", MEASURED, REPLAY, "--format", "csv");

        assertThat(r.out().lines()).hasSize(7).first().isEqualTo("metric,unit,measured,simulated,difference,"
                + "movedBy,moved");
    }

    @Test
    void neitherInputIsEverTheOutput() throws IOException {
        Path measured = Files.copy(Path.of(MEASURED), tmp.resolve("m.csv"));
        Path replay = Files.copy(Path.of(REPLAY), tmp.resolve("r.yaml"));
        String before = Files.readString(measured);

        CliRun onMeasured = CliRun.of("reconcile", measured.toString(), replay.toString(), "--out",
                measured.toString(), "--force");
        CliRun onLink = CliRun.of("reconcile", measured.toString(), replay.toString(), "--out",
                Files.createLink(tmp.resolve("hard.yaml"), replay).toString(), "--force");

        onMeasured.failsWithOneLine(2);
        assertThat(onMeasured.err()).contains("is the input " + measured);
        onLink.failsWithOneLine(2);
        assertThat(Files.readString(measured)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotAHarnessCsvSaysWhatIsMissing() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "elapsed_seconds,carbon_now\n5,100\n");

        CliRun r = CliRun.of("reconcile", bad.toString(), REPLAY);

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("bad.csv: header: not a benchmark harness timeseries.csv: no column"
                + " requests_precision_N");
    }

    @Test
    void anUnknownPolicyIsAnArgumentError() {
        CliRun.of("reconcile", MEASURED, REPLAY, "--policy", "nope").failsWithOneLine(2);
    }
}
