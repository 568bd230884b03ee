package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.MetricDelta;
import io.carbonrouter.explorer.simulation.compare.RunDiff;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void givenPlaybackOfAnUnfinishedRunThenTheDifferencesWaitForTheEnd() {
        Fakes.Services services = new Fakes.Services(home);
        MainViewModel vm = open(services);
        vm.charts().pinnedProperty().set(true);

        vm.playback().play();

        assertTrue(vm.baseline().items().isEmpty());
        assertEquals("Differences from the pinned run show when this run is complete.",
                vm.baseline().headingProperty().get());
    }
}
