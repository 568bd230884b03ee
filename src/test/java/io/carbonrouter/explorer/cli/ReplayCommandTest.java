package io.carbonrouter.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulator;
import io.carbonrouter.explorer.simulation.compare.NotebookRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReplayCommandTest {

    private static final String DIR = "sample-data/cluster/";
    private static final String PUBLISHED = DIR + "published.yaml";
    private static final String ROUND_ROBIN = DIR + "simple_20251120_190537-round-robin.yaml";
    private static final String CREDIT_GREEDY = DIR + "simple_20251118_182945-credit-greedy.yaml";
    private static final String FAG_ANALYSIS = DIR + "simple_20251118_190413-forecast-aware-global.yaml";
    private static final String UNMATCHED = DIR + "unmatched-feedback/simple_20251118_182945-credit-greedy.yaml";

    @TempDir
    Path tmp;

    @Test
    void aCarbonBlindRunIsReproducedAndSaysSo() {
        CliRun r = CliRun.of("replay", ROUND_ROBIN, "--published", PUBLISHED);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("simple_20251120_190537-round-robin", "round-robin@cf04685", "39.66 %",
                "0.6038", "yes");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonCarriesBothSidesAndTheVerdict() throws IOException {
        CliRun r = CliRun.of("replay", ROUND_ROBIN, CREDIT_GREEDY, "--published", PUBLISHED, "--format", "json");

        JsonNode runs = new ObjectMapper().readTree(r.out()).get("runs");
        assertThat(runs).hasSize(2);
        JsonNode rr = runs.get(0);
        assertThat(rr.get("published").get("linearCarbonReduction").asDouble()).isEqualTo(39.658);
        assertThat(rr.get("published").get("peakP100Delivery").asDouble()).isCloseTo(0.33474, within(1e-12));
        assertThat(rr.get("simulated").get("requestWeightedPrecision").asDouble()).isCloseTo(0.604, within(1e-9));
        assertThat(rr.get("reproduced").asBoolean()).isTrue();
        JsonNode cg = runs.get(1);
        assertThat(cg.get("policy").asText()).isEqualTo("credit-greedy@781c6d5");
        assertThat(cg.get("reductionDifference").isNumber()).isTrue();
    }

    @Test
    void aRunTheNotebooksPrintedNoFiguresForIsSimulatedAndNamed() {
        CliRun r = CliRun.of("replay", FAG_ANALYSIS, "--published", PUBLISHED, "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).endsWith(",,,");
        assertThat(r.err()).contains("no published figures for run 'simple_20251118_190413-forecast-aware-global'");
    }

    @Test
    void aBrokenPublishedFileIsOneLineNamingTheField() throws IOException {
        Path bad = tmp.resolve("published.yaml");
        Files.writeString(bad, "runs:\n  x:\n    linearCarbonReduction: 400\n");

        CliRun r = CliRun.of("replay", ROUND_ROBIN, "--published", bad.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("runs.x.linearCarbonReduction", "runs.x.requestWeightedPrecision: missing");
    }

    @Test
    void thePublishedFileIsAnInputNeverTheOutput() throws IOException {
        Path published = Files.copy(Path.of(PUBLISHED), tmp.resolve("p.yaml"));
        String before = Files.readString(published);

        CliRun r = CliRun.of("replay", ROUND_ROBIN, "--published", published.toString(), "--out",
                published.toString(), "--force");

        assertThat(r.code()).isNotZero();
        assertThat(Files.readString(published)).isEqualTo(before);
    }

    @Test
    void unmatchedFeedbackFeedsTheLedgerFullPrecision() {
        Run run = new Simulator(StrategyRegistry.standard()).run(ScenarioFiles.read(Path.of(UNMATCHED)));

        int fed = 0;
        for (int t = 0; t < run.steps(); t++) {
            double realised = run.realisedPrecision(t);
            if (!Double.isNaN(realised)) {
                assertThat(realised).isEqualTo(1.0);
                fed++;
            }
        }
        assertThat(fed).isEqualTo(run.steps() - 1);
        assertThat(run.meteredPrecision(3)).isLessThan(1.0);
    }

    @Test
    void theNotebookCountsWhatTheCountersCountedAtTheEnginesGauge() {
        Scenario s = ScenarioFiles.read(Path.of(CREDIT_GREEDY));
        Run run = new Simulator(StrategyRegistry.standard()).run(s);

        KeyedSeries counted = run.counted().orElseThrow();
        double sum = 0;
        for (int t = 0; t < run.steps(); t++) {
            for (int c = 0; c < counted.names().size(); c++) {
                sum += counted.has(t, c) ? counted.value(t, c) : 0;
            }
            // the gauge is a point of the pattern the engine read, cached: never between two points
            assertThat(s.intensity()).contains(run.gauge(t));
        }
        assertThat(NotebookRuns.of(run, s).requests()).isCloseTo(sum, within(1e-6 * sum));
        // without a closed-loop delay every request served in a tick is counted in it
        double served = 0;
        for (int t = 0; t < run.steps(); t++) {
            served += run.demandWeight(t);
        }
        assertThat(sum).isCloseTo(served, within(1e-6 * served));
    }
}
