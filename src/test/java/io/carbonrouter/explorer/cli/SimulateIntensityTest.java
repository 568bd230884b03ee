package io.carbonrouter.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code simulate --intensity FILE [--forecast-source forecast|actual]}. */
class SimulateIntensityTest {

    private static final String WINTER = "sample-data/scenarios/winter-day.yaml";

    @TempDir
    Path tmp;

    private JsonNode simulate(String... extra) throws IOException {
        Path out = tmp.resolve("run.json");
        Files.deleteIfExists(out);
        String[] args = new String[extra.length + 4];
        args[0] = "simulate";
        args[1] = WINTER;
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliRun r = CliRun.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void runsTheScenarioOverTheForecastCurve() throws IOException {
        JsonNode run = simulate("--intensity", "sample-data/forecasts/watttime-v3.json");

        assertThat(run.get("steps")).hasSize(144);
    }

    @Test
    void takesTheForecastValuesAsTheGridWhenAsked() throws IOException {
        JsonNode forecast = simulate("--intensity", "sample-data/forecasts/uk-carbon-intensity.json",
                "--forecast-source", "forecast");
        JsonNode actual = simulate("--intensity", "sample-data/forecasts/uk-carbon-intensity.json", "--force");

        assertThat(forecast.get("steps")).hasSize(48);
        assertThat(actual.get("steps")).hasSize(48);
        assertThat(actual.get("steps").get(0)).isNotEqualTo(forecast.get("steps").get(0));
    }

    @Test
    void printsTheImportWarnings() {
        CliRun r = CliRun.of("simulate", WINTER, "--out", tmp.resolve("r.json").toString(), "--intensity",
                "sample-data/forecasts/electricity-maps.json");

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("simulate: warning: electricity-maps.json: the scenario's demand curve has 48"
                + " values but the forecast has 24 slots: running without a demand curve");
    }

    @Test
    void aBadForecastFileIsOneLine() throws IOException {
        Path csv = tmp.resolve("f.csv");
        Files.writeString(csv, "2030-01-01T00:00Z,1\n2030-01-01T00:30Z,2\n2030-01-01T01:00Z,3\n2030-01-01T01:15Z,4\n");

        CliRun r = CliRun.of("simulate", WINTER, "--intensity", csv.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).isEqualTo("simulate: f.csv: timestamp: irregular spacing: 15 min after the previous"
                + " entry, but the slots are 30 min (line 4)" + System.lineSeparator());
    }

    @Test
    void aBadForecastSourceIsAnArgumentError() {
        CliRun r = CliRun.of("simulate", WINTER, "--intensity", "x.csv", "--forecast-source", "both");

        r.failsWithOneLine(2);
        assertThat(r.err()).contains("expected forecast or actual, got 'both'");
    }

    @Test
    void helpListsTheOptions() {
        assertThat(CliRun.of("simulate", "--help").out()).contains("--intensity=FILE", "--forecast-source");
    }
}
