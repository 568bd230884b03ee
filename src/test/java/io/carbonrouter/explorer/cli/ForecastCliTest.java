package io.carbonrouter.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.compare.OfflineOptimum;
import io.carbonrouter.explorer.simulation.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code --forecast FILE} and {@code compare --draws N}. */
class ForecastCliTest {

    private static final String UK = "sample-data/forecasts/uk-forecast-and-actual.json";
    private static final String UK_SCENARIO = "sample-data/scenarios/uk-forecast-error.yaml";

    private final ObjectMapper json = new ObjectMapper();
    private final Simulator simulator = new Simulator(StrategyRegistry.builtIns());

    @TempDir
    Path tmp;

    private Scenario small() {
        double[] actual = new double[48];
        for (int t = 0; t < actual.length; t++) {
            actual[t] = 150 + 80 * Math.sin(t / 4.0) + (t % 3) * 7;
        }
        return Scenario.builder().intensity(actual).horizonSlots(12).seed(5)
                .forecastError(Optional.of(new ForecastError(3, 25, 0.05, 0.6, 11))).build();
    }

    private Path write(Scenario s) throws IOException {
        Path file = tmp.resolve("s.yaml");
        ScenarioFiles.write(s, file);
        return file;
    }

    @Test
    void drawPercentilesMatchADirectComputation() throws IOException {
        Scenario s = small();
        int n = 7;

        CliRun r = CliRun.of("compare", write(s).toString(), "--draws", String.valueOf(n), "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = json.readTree(r.out());
        assertThat(root.get("draws").asInt()).isEqualTo(n);
        for (JsonNode row : root.get("rows")) {
            String policy = row.get("policy").asText();
            double[] savings = new double[n];
            double[] precision = new double[n];
            double[] share = new double[n];
            for (int d = 0; d < n; d++) {
                Scenario drawn = s.toBuilder().forecastError(Optional.of(s.forecastError().get().withSeed(11 + d)))
                        .build();
                Run run = simulator.run(drawn, policy);
                savings[d] = run.metrics().savings();
                precision[d] = run.metrics().meanPrecision();
                share[d] = OfflineOptimum.frontier(s).idealShare(run.metrics());
            }
            Arrays.sort(savings);
            Arrays.sort(precision);
            // n = 7: rank h = 6 p, so p5 lies 0.3 of the way from the lowest to the next, p95 0.7 above the 6th.
            assertBand(row.get("savings"), savings[0] + 0.3 * (savings[1] - savings[0]),
                    savings[5] + 0.7 * (savings[6] - savings[5]), Arrays.stream(savings).average().orElseThrow());
            assertBand(row.get("meanPrecision"), precision[0] + 0.3 * (precision[1] - precision[0]),
                    precision[5] + 0.7 * (precision[6] - precision[5]),
                    Arrays.stream(precision).average().orElseThrow());
            Scenario perfect = s.toBuilder().forecastError(Optional.empty()).build();
            double perfectSavings = simulator.run(perfect, policy).metrics().savings();
            double perfectShare = OfflineOptimum.frontier(s).idealShare(simulator.run(perfect, policy).metrics());
            assertThat(row.get("perfectIdealShare").isNull()).as(policy).isEqualTo(Double.isNaN(perfectShare));
            if (!Double.isNaN(perfectShare)) {
                assertThat(row.get("perfectIdealShare").asDouble()).isCloseTo(perfectShare, within(1e-12));
            }
            assertThat(row.get("perfectSavings").asDouble()).isCloseTo(perfectSavings, within(1e-12));
            assertThat(row.get("forecastCost").asDouble()).as(policy).isCloseTo(
                    perfectSavings - Arrays.stream(savings).average().orElseThrow(), within(1e-12));
            double meanShare = Arrays.stream(share).average().orElseThrow();
            if (Double.isNaN(meanShare)) {
                assertThat(row.get("idealShare").get("mean").isNull()).as(policy).isTrue();
            } else {
                assertThat(row.get("idealShare").get("mean").asDouble()).as(policy).isCloseTo(meanShare,
                        within(1e-12));
            }
        }
    }

    private static void assertBand(JsonNode band, double p5, double p95, double mean) {
        assertThat(band.get("p5").asDouble()).isCloseTo(p5, within(1e-12));
        assertThat(band.get("p95").asDouble()).isCloseTo(p95, within(1e-12));
        assertThat(band.get("mean").asDouble()).isCloseTo(mean, within(1e-12));
    }

    @Test
    void drawsComeAsCsvAndAsATable() throws IOException {
        Path file = write(small());

        CliRun csv = CliRun.of("compare", file.toString(), "--draws", "3", "--format", "csv");
        CliRun table = CliRun.of("compare", file.toString(), "--draws", "3");

        assertThat(csv.out().lines().findFirst()).contains("policy,savingsMean,savingsP5,savingsP95,"
                + "meanPrecisionMean,meanPrecisionP5,meanPrecisionP95,perfectSavings,forecastCost,idealShareMean,"
                + "idealShareP5,idealShareP95,perfectIdealShare");
        assertThat(csv.out().lines().count()).isEqualTo(1 + simulator.registry().names().size());
        assertThat(table.out()).contains("forecast cost", "ideal share", "3 forecast draws, seeds 11 to 13");
    }

    @Test
    void drawsWithoutAnErrorModelOrOutOfRangeAreArgumentErrors() throws IOException {
        CliRun none = CliRun.of("compare", "sample-data/scenarios/winter-day.yaml", "--draws", "3");
        CliRun zero = CliRun.of("compare", write(small()).toString(), "--draws", "0");

        none.failsWithOneLine(2);
        assertThat(none.err()).contains("--draws: winter-day.yaml has no forecastError model");
        zero.failsWithOneLine(2);
        assertThat(zero.err()).contains("--draws: must be from 1 to 10000, got 0");
    }

    @Test
    void aForecastFileDecidesWhileTheScenarioCurveEmits() throws IOException {
        Scenario actualOnly = ScenarioFiles.read(Path.of(UK_SCENARIO)).toBuilder().forecastError(Optional.empty())
                .build();
        Path scenario = write(actualOnly);
        Path out = tmp.resolve("run.json");

        CliRun r = CliRun.of("simulate", scenario.toString(), "--forecast", UK, "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode steps = json.readTree(out.toFile()).get("steps");
        JsonNode uk = json.readTree(Path.of(UK).toFile()).get("data");
        Scenario onForecast = actualOnly.toBuilder().intensity(curve(uk, "forecast")).build();
        Run seen = simulator.run(onForecast);
        for (int t = 0; t < steps.size(); t++) {
            JsonNode step = steps.get(t);
            assertThat(step.get("intensity").asDouble()).isEqualTo(actualOnly.intensity()[t]);
            assertThat(step.get("forecast").asDouble()).isEqualTo(uk.get(t).get("intensity").get("forecast")
                    .asDouble());
            assertThat(step.get("avgPrecision").asDouble()).isEqualTo(seen.avgPrecision(t));
        }
    }

    @Test
    void theUkFileFillsTheActualGridAndTheForecast() throws IOException {
        Path out = tmp.resolve("run.json");

        CliRun r = CliRun.of("simulate", "sample-data/scenarios/winter-day.yaml", "--intensity", UK, "--out",
                out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode steps = json.readTree(out.toFile()).get("steps");
        JsonNode uk = json.readTree(Path.of(UK).toFile()).get("data");
        assertThat(steps).hasSize(144);
        assertThat(steps.get(10).get("intensity").asDouble())
                .isEqualTo(uk.get(10).get("intensity").get("actual").asDouble());
        assertThat(steps.get(10).get("forecast").asDouble())
                .isEqualTo(uk.get(10).get("intensity").get("forecast").asDouble());
    }

    @Test
    void aForecastFileOfAnotherLengthIsOneLineNamingIt() {
        CliRun r = CliRun.of("simulate", "sample-data/scenarios/winter-day.yaml", "--forecast", UK);

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("uk-forecast-and-actual.json: forecast: has 144 slots but the scenario's"
                + " intensity has 48");
    }

    @Test
    void aScenarioWithBothACurveAndAModelIsRefusedNamingTheField() throws IOException {
        Path file = tmp.resolve("both.yaml");
        Files.writeString(file, "intensity: [1, 2]\nforecast: [1, 2]\nforecastError: {sd: 5}\n");

        CliRun r = CliRun.of("simulate", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("both.yaml", "forecastError: give either a forecast curve or a forecastError"
                + " model, not both");
    }

    private static double[] curve(JsonNode data, String field) {
        double[] out = new double[data.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.get(i).get("intensity").get(field).asDouble();
        }
        return out;
    }
}
