package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.Simulation;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.OfflineOptimum;
import io.carbonrouter.explorer.simulation.compare.MetricDelta;
import io.carbonrouter.explorer.simulation.compare.RunDiff;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.ScenarioHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineViewModelTest {

    @TempDir
    Path home;

    private MainViewModel open(Fakes.Services services) {
        return new MainViewModel(services.services, Fakes.sample(), Optional.empty());
    }

    @Test
    void givenAPinnedRunWhenAnEditRunsThenEachMetricShowsCurrentMinusPinned() {
        MainViewModel vm = open(new Fakes.Services(home));
        RunOutcome pinned = vm.runs().outcomeProperty().get();
        vm.charts().pinnedProperty().set(true);

        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(0.25)));

        BaselineViewModel b = vm.baseline();
        RunDiff expected = RunDiff.between(BaselineViewModel.row(pinned),
                BaselineViewModel.row(vm.runs().outcomeProperty().get()));
        assertEquals(Metric.values().length, b.items().size());
        MetricDelta savings = expected.delta(Metric.SAVINGS);
        assertEquals(MetricDelta.Verdict.BETTER, savings.verdict(), "a looser target saves more");
        assertEquals("Savings " + savings.formattedDifference() + " (better)", b.items().get(0).text());
        assertEquals(MetricDelta.Verdict.WORSE, b.items().get(Metric.MEAN_PRECISION.ordinal()).verdict());
        assertTrue(b.items().get(Metric.MEAN_PRECISION.ordinal()).text().endsWith(" pp (worse)"));
        assertEquals("Now vs pinned credit-greedy:", b.headingProperty().get());
        assertTrue(b.items().get(0).detail().startsWith("Savings: pinned 15.64 %, now "), b.items().get(0).detail());
    }

    @Test
    void givenADeployedRunThenItsRegretIsAgainstTheOptimumOverTheScenariosSlotsNotOneSlotATick() {
        Scenario s = Fakes.sample().toBuilder()
                .loop(Optional.of(new DeploymentLoop(600, Feedback.EXPECTED, DemandForecast.FLAT))).build();
        Run run = Fakes.SIMULATOR.run(s);
        assertTrue(run.steps() > s.effectiveSteps(), "ticks within slots");

        MetricRow row = BaselineViewModel.row(new RunOutcome(s, run, null, false, 0, ScenarioHistory.of(s)));

        assertEquals(MetricRow.of(run, OfflineOptimum.frontier(s)), row);
    }

    @Test
    void givenAPausedDeployedRunThenTheOptimumCoversTheSlotsItReached() {
        Scenario s = Fakes.sample().toBuilder()
                .loop(Optional.of(new DeploymentLoop(600, Feedback.EXPECTED, DemandForecast.FLAT))).build();
        Run whole = Fakes.SIMULATOR.run(s);
        int perSlot = whole.steps() / s.effectiveSteps();
        Simulation sim = Fakes.SIMULATOR.start(s);
        sim.advanceTo(10 * perSlot + 1, () -> false, p -> { });
        Run paused = sim.result();

        MetricRow row = BaselineViewModel.row(new RunOutcome(s, paused, null, true, 0, ScenarioHistory.of(s)));

        Scenario eleven = s.toBuilder().steps(OptionalInt.of(11)).build();
        assertEquals(MetricRow.of(paused, OfflineOptimum.frontier(eleven)), row);
    }

    @Test
    void givenAPinnedRunThenItMatchesItselfUntilSomethingChanges() {
        MainViewModel vm = open(new Fakes.Services(home));

        vm.charts().pinnedProperty().set(true);

        assertTrue(vm.baseline().items().stream().allMatch(i -> i.verdict() == MetricDelta.Verdict.SAME));
        assertEquals("Savings 0 pp", vm.baseline().items().get(0).text());
    }

    @Test
    void givenUnpinThenTheDifferencesAndTheGhostGo() {
        MainViewModel vm = open(new Fakes.Services(home));
        vm.charts().pinnedProperty().set(true);
        vm.model().edit("target", s -> s.withConfig(s.config().withTargetError(0.25)));

        vm.baseline().unpin();

        assertTrue(vm.baseline().items().isEmpty());
        assertNull(vm.baseline().diffProperty().get());
        assertNull(vm.charts().ghostProperty().get());
        assertEquals("", vm.baseline().headingProperty().get());
    }

    @Test
    void givenPlaybackOverTheComputedRunThenTheDifferencesStay() {
        Fakes.Services services = new Fakes.Services(home);
        MainViewModel vm = open(services);
        vm.charts().pinnedProperty().set(true);
        int before = vm.baseline().items().size();

        // Play moves the cursor over the run already computed: it stays complete, so its differences stay.
        vm.playback().play();

        assertEquals(before, vm.baseline().items().size());
        assertNotEquals("Differences from the pinned run show when this run is complete.",
                vm.baseline().headingProperty().get());
    }
}
