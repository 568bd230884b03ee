package io.carbonrouter.explorer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.StrategyRegistry;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.simulation.Budget;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.compare.OfflineOptimum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CompareCommandTest {

    private static final String WINTER_DAY = "sample-data/scenarios/winter-day.yaml";
    private static final List<String> ROW_KEYS = List.of("policy", "savings", "meanPrecision", "minPrecision",
            "shareBelowTarget", "finalBalance", "minBalance", "shareAtDebtLimit", "meanThrottle", "regret",
            "idealShare");
    /** The upstream notebooks' metrics, after ours. */
    private static final List<String> NOTEBOOK_KEYS = List.of("linearCarbonReduction", "nonLinearCarbonReduction",
            "requestWeightedPrecision", "demandWeightedPrecision", "smartAllocationRatio", "peakP100Delivery");

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void jsonHasOneRowPerStrategyWithExactlyTheMetricKeysAndTheOptimum() throws IOException {
        CliRun r = CliRun.of("compare", WINTER_DAY, "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode root = json.readTree(r.out());
        assertThat(names(root)).containsExactly("rows", "optimum");
        assertThat(root.get("rows")).hasSize(StrategyRegistry.builtIns().names().size());
        for (JsonNode row : root.get("rows")) {
            assertThat(names(row)).containsExactlyElementsOf(concat(ROW_KEYS, NOTEBOOK_KEYS));
            assertThat(row.get("regret").asDouble()).isGreaterThanOrEqualTo(-1e-9);
        }
        JsonNode optimum = root.get("optimum");
        assertThat(optimum.get("reachable").asBoolean()).isTrue();
        assertThat(optimum.get("meanPrecision").asDouble()).isCloseTo(0.85, within(1e-12));
        assertThat(optimum.get("savings").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void policyLimitsTheRowsToTheNamedStrategiesInTheirOrderHistoricalVersionsIncluded() throws IOException {
        CliRun all = CliRun.of("compare", WINTER_DAY, "--format", "json");
        CliRun two = CliRun.of("compare", WINTER_DAY, "--format", "json", "--policy", "p100,credit-greedy",
                "-p", "credit-greedy@781c6d5");

        assertThat(two.code()).isZero();
        JsonNode rows = json.readTree(two.out()).get("rows");
        assertThat(rows.findValuesAsText("policy")).containsExactly("p100", "credit-greedy", "credit-greedy@781c6d5");
        JsonNode allRows = json.readTree(all.out()).get("rows");
        for (int i = 0; i < 2; i++) {
            String name = rows.get(i).get("policy").asText();
            JsonNode same = allRows.findParents("policy").stream()
                    .filter(r -> r.get("policy").asText().equals(name)).findFirst().orElseThrow();
            assertThat(rows.get(i)).as(name).isEqualTo(same);
        }
    }

    @Test
    void anUnknownOrRepeatedPolicyIsRefusedInOneLine() {
        CliRun unknown = CliRun.of("compare", WINTER_DAY, "--policy", "p100,nope");
        CliRun twice = CliRun.of("compare", WINTER_DAY, "--policy", "p100,p100");

        assertThat(unknown.err()).startsWith("compare: --policy: unknown policy 'nope'; registered: credit-greedy");
        assertThat(twice.err()).startsWith("compare: --policy: 'p100' is named twice");
        unknown.failsWithOneLine(2);
        twice.failsWithOneLine(2);
    }

    @Test
    void savingsAgreeWithTheWeightsSimulatePrints() throws IOException {
        JsonNode rows = json.readTree(CliRun.of("compare", WINTER_DAY, "--format", "json").out()).get("rows");
        Scenario scenario = ScenarioFiles.read(Path.of(WINTER_DAY));

        for (JsonNode row : rows) {
            String policy = row.get("policy").asText();
            Path out = tmp.resolve(policy + ".json");
            assertThat(CliRun.of("simulate", WINTER_DAY, "--policy", policy, "--out", out.toString()).code()).isZero();
            double recomputed = savingsFromSteps(json.readTree(out.toFile()).get("steps"), scenario.flavours());
            assertThat(row.get("savings").asDouble()).as(policy).isCloseTo(recomputed, within(1e-12));
            if (policy.equals("p100")) {
                assertThat(row.get("savings").asDouble()).isZero();
            }
        }
    }

    @Test
    void theTableAlignsItsColumnsAndReadsInPercent() {
        CliRun r = CliRun.of("compare", WINTER_DAY);

        String[] lines = r.out().split("\n");
        int strategies = StrategyRegistry.builtIns().names().size();
        assertThat(lines[0]).startsWith("policy").contains("savings").contains("regret").endsWith("ideal share");
        assertThat(lines).hasSize(strategies + 2 + strategies + 4);
        int width = lines[1].length();
        for (int i = 1; i <= strategies; i++) {
            assertThat(lines[i]).hasSize(width).contains(" pp ").matches(".*( %|n/a)");
        }
        assertThat(lines[5]).startsWith("p100").contains(" 0.0 %").contains("100.0 %");
        assertThat(lines[strategies + 1]).startsWith("offline optimum at 85 % precision: saves ")
                .endsWith("(mean precision 85.0 %)");
        int notebook = strategies + 2;
        assertThat(lines[notebook]).isEmpty();
        assertThat(lines[notebook + 1]).startsWith("upstream notebooks' metrics");
        assertThat(lines[notebook + 2]).startsWith("policy").contains("linear reduction")
                .endsWith("peak p100 delivery");
        assertThat(lines[notebook + 7]).startsWith("p100").contains(" 0.00 %").contains(" 1.0000")
                .endsWith("100.00 %");
        // winter-day's demand never drops to 30 % of its peak: the notebooks' formula then divides by 0.01
        assertThat(lines[notebook + strategies + 3])
                .startsWith("Smart allocation: no step at or below 30 % of the peak demand");
    }

    @Test
    void withoutNotebookEnergyTheLinearReductionIsOurSavingsInPercent() throws IOException {
        JsonNode rows = json.readTree(CliRun.of("compare", WINTER_DAY, "--format", "json").out()).get("rows");

        for (JsonNode row : rows) {
            assertThat(row.get("linearCarbonReduction").asDouble()).as(row.get("policy").asText())
                    .isCloseTo(100 * row.get("savings").asDouble(), within(1e-9));
            assertThat(row.get("requestWeightedPrecision").asDouble())
                    .isCloseTo(row.get("meanPrecision").asDouble(), within(1e-12));
        }
    }

    @Test
    void theNotebooksEnergyIsWhatTheNotebookMetricsCount() throws IOException {
        // given the upstream flavours (carbon factors 1.0/0.6/0.3) and the notebooks' energy 1.00/0.50/0.30
        Path file = tmp.resolve("upstream.yaml");
        Files.writeString(file, """
                intensity: [40, 120, 300, 250, 60]
                demand: [10, 100, 95, 20, 80]
                notebookEnergy: {precision-100: 1.0, precision-50: 0.5, precision-30: 0.3}
                """);

        JsonNode rows = json.readTree(CliRun.of("compare", file.toString(), "--format", "json").out()).get("rows");

        for (JsonNode row : rows) {
            if (row.get("policy").asText().equals("round-robin")) {
                // an even split costs (1.0 + 0.5 + 0.3) / 3 = 0.6 of p100's energy; our savings count 0.6 for p50
                assertThat(row.get("linearCarbonReduction").asDouble()).isCloseTo(40.0, within(1e-9));
                assertThat(row.get("savings").asDouble()).isCloseTo(1 - 1.9 / 3, within(1e-9));
                assertThat(row.get("requestWeightedPrecision").asDouble()).isCloseTo(0.6, within(1e-12));
                assertThat(row.get("peakP100Delivery").asDouble()).isCloseTo(100 / 3.0, within(1e-9));
            }
        }
    }

    @Test
    void csvHasAHeaderOneRowPerStrategyAndTheOptimum() {
        CliRun r = CliRun.of("compare", WINTER_DAY, "--format", "csv");

        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", concat(ROW_KEYS, NOTEBOOK_KEYS)));
        assertThat(lines).hasSize(StrategyRegistry.builtIns().names().size() + 2);
        assertThat(lines[lines.length - 1]).startsWith("offline-optimum,0.").endsWith(",0.85,,,,,,,," + ",".repeat(6));
    }

    @Test
    void aTargetAboveTheBestFlavourSaysTheOptimumIsOutOfReach() throws IOException {
        Scenario s = Scenario.builder().intensity(100, 200, 300)
                .flavours(List.of(new FlavourProfile("precision-90", 0.9, 1.0, true),
                        new FlavourProfile("precision-40", 0.4, 0.3, true)))
                .config(Scenario.of(1).config().withTargetError(0.05)).build();
        Path file = tmp.resolve("high.yaml");
        ScenarioFiles.write(s, file);

        CliRun r = CliRun.of("compare", file.toString(), "--format", "json");

        assertThat(r.code()).isZero();
        assertThat(r.err().strip()).isEqualTo("compare: note: target precision 95 % is out of reach: the most "
                + "precise enabled flavour, precision-90, has 90 %");
        JsonNode optimum = json.readTree(r.out()).get("optimum");
        assertThat(optimum.get("reachable").asBoolean()).isFalse();
        assertThat(optimum.get("savings").isNull()).isTrue();
        assertThat(optimum.get("meanPrecision").isNull()).isTrue();
        assertThat(optimum.get("message").asText()).contains("out of reach");
        assertThat(CliRun.of("compare", file.toString()).out()).contains("offline optimum: target precision 95 %"
                + " is out of reach");
    }

    @Test
    void outWritesTheFileAndNothingToStandardOutput() throws IOException {
        Path out = tmp.resolve("deep/compare.csv");

        CliRun r = CliRun.of("compare", WINTER_DAY, "--format", "csv", "--out", out.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("compare: wrote " + out);
        assertThat(Files.readAllLines(out)).hasSize(StrategyRegistry.builtIns().names().size() + 2);
        assertThat(CliRun.of("compare", WINTER_DAY, "--out", out.toString()).code()).isEqualTo(2);
        assertThat(CliRun.of("compare", WINTER_DAY, "--out", out.toString(), "--force").code()).isZero();
        assertThat(Files.readAllLines(out).get(0)).startsWith("policy  ");
    }

    @Test
    void aBadScenarioIsOneLineAndExitOne() throws IOException {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, "intensity: [1, 2]\nconfig: {creditMin: 1, creditMax: 0}\n");

        CliRun r = CliRun.of("compare", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).startsWith("compare: bad.yaml: config.creditMin");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBudgetAddsEachStrategysBestRunWithinItAndTheBudgetOptimum() throws IOException {
        Path file = tmp.resolve("budget.yaml");
        Scenario s = ScenarioFiles.read(Path.of(WINTER_DAY));
        Files.writeString(file, ScenarioFiles.toYaml(s.toBuilder().budget(Optional.of(
                new Budget(0.6 * p100PerDay(s), Budget.Per.DAY))).build()));

        JsonNode budget = json.readTree(CliRun.of("compare", file.toString(), "--format", "json").out()).get("budget");
        String table = CliRun.of("compare", file.toString()).out();
        String csv = CliRun.of("compare", file.toString(), "--format", "csv").out();

        assertThat(names(budget)).containsExactly("emissions", "description", "optimum", "rows");
        assertThat(budget.get("rows")).hasSize(StrategyRegistry.builtIns().names().size());
        for (JsonNode row : budget.get("rows")) {
            assertThat(names(row)).containsExactly("policy", "targetError", "meanPrecision", "emissions", "savings",
                    "kept", "idealShare", "runs");
            assertThat(row.get("runs").asInt()).isBetween(1, 20);
        }
        assertThat(budget.get("optimum").get("emissions").asDouble())
                .isLessThanOrEqualTo(budget.get("emissions").asDouble() * (1 + 1e-12));
        assertThat(table).contains("budget ").contains("offline optimum within the budget: mean precision");
        // the budget's columns come last, after the notebooks' metrics
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", concat(ROW_KEYS, NOTEBOOK_KEYS))
                + ",budgetTargetError,budgetMeanPrecision,budgetEmissions,budgetKept,budgetIdealShare");
    }

    private static double p100PerDay(Scenario s) {
        double days = s.effectiveSteps() * s.slotMinutes() / 1440;
        return OfflineOptimum.frontier(s).baselineEmissions() / days;
    }

    @Test
    void anUnreachableBudgetIsOneLineWithTheLeastEmissionsAnyStrategyCanReach() throws IOException {
        Path file = tmp.resolve("tight.yaml");
        Files.writeString(file, "intensity: [100, 200, 300, 50]\nbudget: 100\n");

        CliRun r = CliRun.of("compare", file.toString());

        r.failsWithOneLine(1);
        assertThat(r.err()).contains("budget 100 relative units over the run is out of reach: the least emissions"
                + " any strategy can reach are 195 relative units");
    }

    @Test
    void anUnknownFormatIsRefused() {
        CliRun r = CliRun.of("compare", WINTER_DAY, "--format", "xml");

        r.failsWithOneLine(2);
    }

    @Test
    void helpDescribesTheCommand() {
        CliRun r = CliRun.of("compare", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("offline optimum").contains("--format").contains("--plugins");
    }

    private static double savingsFromSteps(JsonNode steps, List<FlavourProfile> flavours) {
        double e = 0;
        double e100 = 0;
        for (JsonNode step : steps) {
            double di = step.get("demand").asDouble() * step.get("intensity").asDouble();
            double mix = 0;
            for (FlavourProfile f : flavours) {
                JsonNode w = step.get("weights").get(f.name());
                mix += w == null ? 0 : w.asDouble() * f.carbonIntensity();
            }
            e += di * mix;
            e100 += di * flavours.get(0).carbonIntensity();
        }
        return 1 - e / e100;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
