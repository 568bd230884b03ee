package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Budget;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.ForecastError;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.compare.BudgetRow;
import io.carbonrouter.explorer.simulation.compare.DrawRow;
import io.carbonrouter.explorer.simulation.compare.DrawsResult;
import io.carbonrouter.explorer.simulation.compare.ForecastDraws;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.NotebookMetric;
import io.carbonrouter.explorer.simulation.compare.OfflineOptimum;
import io.carbonrouter.explorer.simulation.compare.Percent;
import io.carbonrouter.explorer.simulation.compare.Progress;
import io.carbonrouter.explorer.simulation.compare.Workers;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.chart.SeriesValues;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.BatchJob;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareViewModelTest {

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final Fakes.Queue batch = new Fakes.Queue();

    /** The batch job's clock: a second passes at each reading. */
    private final AtomicLong seconds = new AtomicLong();

    private CompareViewModel compare(Executor executor) {
        return new CompareViewModel(model, Fakes.SIMULATOR, new BatchJob(Fakes.tasks().latest("Compare", executor), "runs",
                () -> seconds.getAndIncrement() * 1_000_000_000L),
                Workers.callingThread(), System::nanoTime);
    }

    @Test
    void givenACarbonBudgetWhenComparedThenEachStrategyHasABudgetRowAndTheEmissionsChartABudgetLine() {
        double p100 = OfflineOptimum.frontier(model.scenario()).baselineEmissions();
        model.edit("budget", s -> s.toBuilder().budget(Optional.of(new Budget(0.7 * p100, Budget.Per.RUN))).build());
        CompareViewModel vm = compare(Runnable::run);

        vm.run();

        assertEquals(Fakes.SIMULATOR.registry().names(), vm.budgetRows().stream().map(BudgetRow::policy).toList());
        assertTrue(vm.budgetNoteProperty().get().startsWith("Budget "), vm.budgetNoteProperty().get());
        assertEquals(1, vm.resultProperty().get().emissions().lines().size());
        assertEquals(70.0, vm.resultProperty().get().emissions().lines().get(0).value(), 1e-9);
    }

    @Test
    void givenNoBudgetThenThereAreNoBudgetRowsNorNote() {
        CompareViewModel vm = compare(Runnable::run);

        vm.run();

        assertTrue(vm.budgetRows().isEmpty());
        assertEquals("", vm.budgetNoteProperty().get());
    }

    @Test
    void givenTheSampleWhenComparedThenEveryStrategyHasARowInRegistryOrderAndTheOptimumIsSummed() {
        CompareViewModel vm = compare(Runnable::run);

        vm.run();

        List<String> policies = vm.rows().stream().map(MetricRow::policy).toList();
        assertEquals(Fakes.SIMULATOR.registry().names(), policies);
        MetricRow p100 = vm.rows().get(policies.indexOf("p100"));
        assertEquals(0.0, p100.value(Metric.SAVINGS), 1e-12);
        double optimum = OfflineOptimum.frontier(model.scenario()).at(0.85).savings();
        assertTrue(vm.optimumReachableProperty().get());
        assertTrue(vm.optimumProperty().get().contains("savings " + Percent.of(optimum)),
                vm.optimumProperty().get());
        assertEquals(8, vm.resultProperty().get().emissions().series().size() - 1, "one line each and p100");
        assertFalse(vm.job().runningProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("8 strategies × 144 steps in "), vm.messageProperty().get());
    }

    @Test
    void givenTheSampleWhenComparedThenEveryRowHasTheNotebooksMetricsAndTheNoteSaysHowTheyCount() {
        CompareViewModel vm = compare(Runnable::run);

        vm.run();

        for (MetricRow row : vm.rows()) {
            assertTrue(row.notebook().computed(), row.policy());
            assertEquals(100 * row.metrics().savings(), NotebookMetric.LINEAR_CARBON_REDUCTION.of(row), 1e-9,
                    "no notebookEnergy: the carbon factors, so the linear reduction is our savings");
        }
        String note = vm.notebookNoteProperty().get();
        assertTrue(note.startsWith("As the upstream notebooks count them"), note);
        assertTrue(note.contains("Smart allocation: no step at or below 30 % of the peak demand"), note);
    }

    @Test
    void givenRowsSortedByAMetricThenSmallestComeFirstAndRowsWithoutAValueLast() {
        CompareViewModel vm = compare(Runnable::run);
        vm.run();
        List<MetricRow> rows = new ArrayList<>(vm.rows());
        MetricRow undefined = new MetricRow("plugin", rows.get(0).metrics(), Double.NaN, Double.NaN);
        rows.add(0, undefined);

        rows.sort(CompareViewModel.comparator(Metric.REGRET));

        assertEquals("p100", rows.get(0).policy(), "p100 is on the frontier: no regret");
        assertEquals(undefined, rows.get(rows.size() - 1));
        for (int i = 1; i < rows.size() - 1; i++) {
            assertTrue(rows.get(i - 1).regret() <= rows.get(i).regret());
        }
    }

    @Test
    void givenATargetAboveTheBestEnabledFlavourThenTheOptimumSaysItIsOutOfReach() {
        List<FlavourProfile> noBest = model.scenario().flavours().stream()
                .map(f -> f.precision() == 1.0 ? f.withEnabled(false) : f).toList();
        model.edit("disable p100", s -> s.toBuilder().flavours(noBest).build());
        CompareViewModel vm = compare(Runnable::run);

        vm.run();

        assertFalse(vm.optimumReachableProperty().get());
        assertTrue(vm.optimumProperty().get().contains("out of reach"), vm.optimumProperty().get());
        assertEquals(8, vm.rows().size());
    }

    @Test
    void givenARowChosenThenTheMainScenarioRunsItsStrategyAsOneUndoableEdit() {
        CompareViewModel vm = compare(Runnable::run);
        vm.run();
        MetricRow random = vm.rows().stream().filter(r -> r.policy().equals("random")).findFirst().orElseThrow();

        vm.choose(random);

        assertEquals("random", model.scenario().policy());
        assertEquals("random", vm.currentPolicyProperty().get());
        assertFalse(vm.staleProperty().get(), "the policy does not change any row");
        model.undo();
        assertEquals("credit-greedy", model.scenario().policy());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void givenASettingEditedAfterTheComparisonThenItIsStaleUntilRunAgain() {
        CompareViewModel vm = compare(Runnable::run);
        vm.run();

        model.edit("target", s -> s.withConfig(s.config().withTargetError(0.3)));
        assertTrue(vm.staleProperty().get());

        vm.run();
        assertFalse(vm.staleProperty().get());
        assertTrue(vm.optimumProperty().get().contains("target precision of 70 %"), vm.optimumProperty().get());
    }

    @Test
    void givenAnInvalidScenarioThenNothingRunsAndTheMessageSaysWhy() {
        model.edit("bad band", s -> s.withConfig(s.config().withCreditMin(2)));
        CompareViewModel vm = compare(batch);

        vm.run();

        assertTrue(batch.jobs.isEmpty());
        assertTrue(vm.messageProperty().get().contains("creditMin"), vm.messageProperty().get());
        assertNull(vm.resultProperty().get());
    }

    @Test
    void givenACancelBeforeTheRunsFinishThenNothingOfThemShows() {
        CompareViewModel vm = compare(batch);
        vm.run();
        assertTrue(vm.job().runningProperty().get());

        vm.cancel();
        batch.runAll();

        assertFalse(vm.job().runningProperty().get());
        assertNull(vm.resultProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertEquals("Cancelled; nothing was compared.", vm.messageProperty().get());
    }

    @Test
    void givenTwoStartsThenOnlyTheLaterOneShows() {
        CompareViewModel vm = compare(batch);
        vm.run();
        model.edit("target", s -> s.withConfig(s.config().withTargetError(0.3)));
        vm.run();

        batch.runAll();

        assertEquals(0.7, vm.resultProperty().get().scenario().config().targetPrecision(), 1e-12);
        assertFalse(vm.staleProperty().get());
    }

    private static final ForecastError ERROR = new ForecastError(0, 40, 0.05, 0.8, 7);

    private void draws(CompareViewModel vm, String count) {
        vm.drawsField().textProperty().set(count);
        vm.drawsField().commit();
    }

    @Test
    void givenAnErrorModelAndDrawsThenEachStrategyShowsTheBandsAsCompareDrawsComputesThem() {
        model.edit("error", s -> s.toBuilder().forecastError(Optional.of(ERROR)).build());
        CompareViewModel vm = compare(Runnable::run);

        draws(vm, "6");

        DrawsResult direct = new ForecastDraws(Fakes.SIMULATOR, Workers.callingThread())
                .run(model.scenario(), 6, () -> false, Progress.NONE);
        assertEquals(direct.rows(), List.copyOf(vm.drawRows()), "the same means, p5 and p95 as compare --draws 6");
        assertEquals(8, vm.rows().size(), "the single comparison still shows");
        assertEquals(6, vm.resultProperty().get().draws().orElseThrow().draws());
        assertTrue(vm.messageProperty().get().startsWith("8 strategies × 144 steps, 6 forecast draws each in "),
                vm.messageProperty().get());
        assertTrue(vm.drawsNoteProperty().get().startsWith("6 forecast draws of the error model, seeds 7 to 12"),
                vm.drawsNoteProperty().get());
        DrawRow aware = vm.drawRows().stream().filter(r -> r.policy().equals("forecast-aware-global")).findFirst()
                .orElseThrow();
        assertTrue(aware.savings().p5() < aware.savings().p95(), "an aware strategy spreads over the draws");
    }

    @Test
    void givenDrawsWithoutAnErrorModelThenEachStrategyRunsOnceAndTheNoteSaysWhy() {
        CompareViewModel vm = compare(Runnable::run);

        draws(vm, "6");

        assertTrue(vm.drawRows().isEmpty());
        assertTrue(vm.resultProperty().get().draws().isEmpty());
        assertTrue(vm.drawsNoteProperty().get().startsWith("Draws need a forecast error model"),
                vm.drawsNoteProperty().get());
    }

    @Test
    void givenOneDrawThenThereAreNoBands() {
        model.edit("error", s -> s.toBuilder().forecastError(Optional.of(ERROR)).build());
        CompareViewModel vm = compare(Runnable::run);
        draws(vm, "4");

        draws(vm, "1");

        assertTrue(vm.drawRows().isEmpty());
        assertEquals("", vm.drawsNoteProperty().get());
    }

    @Test
    void givenABadDrawCountThenItIsRefusedAndNothingRuns() {
        CompareViewModel vm = compare(batch);

        draws(vm, "0");
        draws(vm, "2.5");

        assertTrue(batch.jobs.isEmpty());
        assertFalse(vm.drawsField().isValid());
        assertTrue(vm.drawsField().errorProperty().get().contains("1"), vm.drawsField().errorProperty().get());
    }

    @Test
    void givenADrawCountChangedWhileDrawsRunThenOnlyTheLaterCountShowsAndProgressCountsEveryRun() {
        model.edit("error", s -> s.toBuilder().forecastError(Optional.of(ERROR)).build());
        CompareViewModel vm = compare(batch);
        List<String> progress = new ArrayList<>();
        vm.job().progressTextProperty().addListener((obs, old, now) -> progress.add(now));
        draws(vm, "3");
        draws(vm, "5");

        batch.runAll();

        assertEquals(5, vm.resultProperty().get().draws().orElseThrow().draws());
        assertEquals(8, vm.drawRows().size());
        List<String> shown = progress.stream().filter(t -> !t.isEmpty()).toList();
        assertEquals("41 of 41 runs", shown.get(shown.size() - 1), "8 compared, then 5 x (5 + 1) draw runs and"
                + " p100, round-robin and random once (their draws are alike)");
        assertTrue(shown.stream().allMatch(t -> t.contains(" of 41 runs")), "one bar over both: " + shown);
        assertEquals("1 of 41 runs, about 40 s left", shown.get(0), "a second for the first run, 40 to go");
    }

    @Test
    void givenTheDeployedLoopThenTheChartsCoverEveryTickLabelledWithItsRealTime() {
        model.edit("loop", s -> s.toBuilder().loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).build());
        CompareViewModel vm = compare(Runnable::run);

        vm.run();

        int ticks = 144 * 120;
        CompareViewModel.Result r = vm.resultProperty().get();
        assertEquals(ticks, r.emissions().steps());
        assertEquals(ticks, r.precision().steps());
        SeriesValues p100 = r.emissions().series().get(r.emissions().series().size() - 1).values();
        assertEquals(100, p100.at(ticks - 1), 1e-9, "the p100 total is reached at the last tick");
        TimeLabels labels = vm.timeline().timeLabelsProperty().get();
        assertEquals(120, labels.stepsPerSlot(), 1e-12);
        assertEquals(labels.label(0).replace("00:00:00", "00:00:15"), labels.label(1));
        assertTrue(vm.messageProperty().get().startsWith("8 strategies × 17,280 steps in "),
                vm.messageProperty().get());
    }
}
