package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.SweepParameter;
import io.carbonrouter.explorer.simulation.compare.SweepRow;
import io.carbonrouter.explorer.simulation.compare.Workers;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.analysis.SweepRangeModel.Field;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.run.BatchJob;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepViewModelTest {

    private final ScenarioModel model = new ScenarioModel(Fakes.sample());
    private final Fakes.Queue batch = new Fakes.Queue();
    private final SweepViewModel vm = new SweepViewModel(model, Fakes.SIMULATOR, new BatchJob(Fakes.tasks().latest("Sweep", batch)),
            Workers.callingThread(), System::nanoTime);

    private static void range(SweepRangeModel row, SweepParameter p, String from, String to, String step) {
        row.parameterProperty().set(p);
        row.fromProperty().set(from);
        row.toProperty().set(to);
        row.stepProperty().set(step);
    }

    private void sweep(String policy) {
        vm.policyProperty().set(policy);
        vm.run();
        batch.runAll();
    }

    @Test
    void givenTheDialogThenItStartsOnATargetErrorRangeReadyToRun() {
        assertEquals(SweepParameter.TARGET_ERROR, vm.first().parameterProperty().get());
        assertEquals("6 points × 8 strategies = 48 runs", vm.sizeProperty().get());
        assertTrue(vm.canRunProperty().get());
        assertFalse(vm.second().enabledProperty().get());
    }

    @Test
    void givenAStepOfZeroThenTheStepIsFlaggedWithTheCommandLinesMessageAndRunIsOff() {
        vm.first().stepProperty().set("0");

        assertEquals("targetError: the step must be positive, got 0", vm.first().problemProperty().get());
        assertEquals(Set.of(Field.STEP), vm.first().flaggedProperty().get());
        assertFalse(vm.canRunProperty().get());
        assertEquals("", vm.sizeProperty().get());
    }

    @Test
    void givenTextThatIsNotANumberThenThatFieldIsFlagged() {
        vm.first().fromProperty().set("abc");

        assertEquals("targetError: FROM 'abc' is not a number", vm.first().problemProperty().get());
        assertEquals(Set.of(Field.FROM), vm.first().flaggedProperty().get());

        vm.first().fromProperty().set("0.1");
        assertEquals("", vm.first().problemProperty().get());
        assertEquals(Set.of(), vm.first().flaggedProperty().get());
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void givenAnInvertedRangeThenFromAndToAreFlagged() {
        range(vm.first(), SweepParameter.CREDIT_MAX, "2", "0.5", "0.5");

        assertTrue(vm.first().problemProperty().get().contains("inverted range"));
        assertEquals(Set.of(Field.FROM, Field.TO), vm.first().flaggedProperty().get());
    }

    @Test
    void givenAFractionForAWholeNumberSettingThenItIsRefused() {
        range(vm.first(), SweepParameter.CREDIT_WINDOW, "60", "600", "2.5");

        assertTrue(vm.first().problemProperty().get().contains("whole numbers"), vm.first().problemProperty().get());
        assertEquals(Set.of(Field.STEP), vm.first().flaggedProperty().get());
    }

    @Test
    void givenAGridOverTenThousandPointsThenItIsRefusedAsAWhole() {
        range(vm.first(), SweepParameter.TARGET_ERROR, "0", "1", "0.001");
        vm.second().enabledProperty().set(true);
        range(vm.second(), SweepParameter.CREDIT_MAX, "0.1", "2", "0.1");

        assertEquals("the grid has 20,020 points, more than 10,000: use larger steps or narrower ranges",
                vm.problemProperty().get());
        assertFalse(vm.canRunProperty().get());
        vm.run();
        assertTrue(batch.jobs.isEmpty(), "nothing runs");
    }

    @Test
    void givenOneParameterTwiceThenTheGridSaysSo() {
        vm.second().enabledProperty().set(true);
        vm.second().parameterProperty().set(SweepParameter.TARGET_ERROR);

        assertEquals("targetError is given twice", vm.problemProperty().get());
        vm.second().enabledProperty().set(false);
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.canRunProperty().get());
    }

    @Test
    void givenThreePointsOfOneStrategyThenEachRowAgreesWithASingleRun() {
        range(vm.first(), SweepParameter.TARGET_ERROR, "0.1", "0.3", "0.1");
        vm.policyProperty().set("credit-greedy");
        assertEquals("3 points × 1 strategy = 3 runs", vm.sizeProperty().get());

        sweep("credit-greedy");

        assertEquals(3, vm.rows().size());
        SweepRow middle = vm.rows().get(1);
        Scenario alone = model.scenario().withConfig(model.scenario().config().withTargetError(0.2));
        double savings = Fakes.SIMULATOR.run(alone, "credit-greedy").metrics().savings();
        assertEquals(savings, middle.metrics().value(Metric.SAVINGS), 1e-12);
        assertEquals(1, vm.resultProperty().get().scatter().series().size());
        assertEquals("targetError=0.2", vm.resultProperty().get().scatter().series().get(0).points().get(1).label());
        assertTrue(vm.messageProperty().get().matches("3 runs in [0-9.]+ m?s\\. Click a point to load it\\."),
                vm.messageProperty().get());
    }

    private static boolean keeps(SweepRow row) {
        return row.metrics().metrics().meanPrecision() >= row.point().scenario().config().targetPrecision();
    }

    @Test
    void givenASweepOfEveryStrategyThenTheBestPointThatKeepsItsTargetIsWrittenOnThePlot() {
        range(vm.first(), SweepParameter.TARGET_ERROR, "0.3", "0.4", "0.1");

        sweep(SweepViewModel.ALL);

        ScatterData.Callout best = vm.resultProperty().get().scatter().callout().orElseThrow();
        SweepRow chosen = vm.resultProperty().get().bySeries().get(best.series()).get(best.index());
        assertTrue(keeps(chosen));
        for (SweepRow row : vm.rows()) {
            if (keeps(row)) {
                assertTrue(row.metrics().metrics().savings() <= chosen.metrics().metrics().savings(), row.toString());
            }
        }
        assertTrue(chosen.metrics().metrics().savings() > 0, "a strategy beats p100 at the target");
        assertTrue(best.text().startsWith("best: " + chosen.policy() + ", targetError="), best.text());
    }

    @Test
    void givenASweepWhereNoRunThatSavesKeepsItsTargetThenTheClosestIsWrittenOnThePlot() {
        range(vm.first(), SweepParameter.TARGET_ERROR, "0.01", "0.03", "0.01");

        sweep("round-robin");

        assertTrue(vm.rows().stream().noneMatch(SweepViewModelTest::keeps));
        ScatterData.Callout best = vm.resultProperty().get().scatter().callout().orElseThrow();
        SweepRow chosen = vm.resultProperty().get().bySeries().get(best.series()).get(best.index());
        for (SweepRow row : vm.rows()) {
            assertTrue(row.metrics().metrics().meanPrecision() <= chosen.metrics().metrics().meanPrecision());
        }
        assertTrue(best.text().startsWith("closest to the target: round-robin, targetError="), best.text());
    }

    @Test
    void givenAPointLoadedThenTheMainScenarioTakesItsSettingsAndStrategyAsOneUndoableEdit() {
        range(vm.first(), SweepParameter.TARGET_ERROR, "0.1", "0.3", "0.1");
        sweep(SweepViewModel.ALL);
        Scenario before = model.scenario();
        SweepRow row = vm.rowAt(vm.pointOf(vm.rows().stream()
                .filter(r -> r.policy().equals("forecast-aware") && r.point().values().get(0) == 0.2)
                .findFirst().orElseThrow()).orElseThrow());

        vm.load(row);

        Scenario now = model.scenario();
        assertEquals(row.point().scenario().config(), now.config());
        assertEquals("forecast-aware", now.policy());
        assertEquals("sweep point targetError=0.2, forecast-aware", model.undoLabelProperty().get());
        model.undo();
        assertEquals(before, model.scenario());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void givenAPointThatNoLongerFitsTheScenarioThenItIsNotLoaded() {
        range(vm.first(), SweepParameter.CREDIT_MIN, "-1", "0.5", "0.5");
        sweep("p100");
        model.edit("narrow band", s -> s.withConfig(s.config().withCreditMax(0.25)));
        Scenario before = model.scenario();

        vm.load(vm.rows().get(vm.rows().size() - 1));

        assertEquals(before, model.scenario());
        assertTrue(vm.messageProperty().get().startsWith("Not loaded: creditMin=0.5, p100 does not fit"),
                vm.messageProperty().get());
    }

    @Test
    void givenGridPointsThatMakeTheScenarioInvalidThenTheyAreListedAsSkipped() {
        range(vm.first(), SweepParameter.CREDIT_MIN, "-1", "1", "0.5");

        sweep("p100");

        assertEquals(4, vm.rows().size(), "creditMin -1 to 0.5 stay below creditMax 1");
        assertEquals(1, vm.skipped().size());
        assertTrue(vm.skipped().get(0).startsWith("creditMin=1: config.creditMin"), vm.skipped().get(0));
        assertTrue(vm.messageProperty().get().contains("1 grid point skipped"), vm.messageProperty().get());
    }

    @Test
    void givenACancelledSweepThenNothingShowsAndRunIsOnAgain() {
        vm.run();
        assertFalse(vm.canRunProperty().get(), "no second run while one is on its way");

        vm.cancel();
        batch.runAll();

        assertNull(vm.resultProperty().get());
        assertTrue(vm.canRunProperty().get());
        assertEquals("Cancelled; nothing was swept.", vm.messageProperty().get());
    }
}
