package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.explain.StepExplainer;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.MainViewModel;
import io.carbonrouter.explorer.ui.run.ChartSetBuilder;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainViewModelTest {

    @TempDir
    Path home;

    private final StepExplainer explainer = StepExplainer.builtIns();

    @Test
    void givenTheCursorMovedThenTheExplanationFollowsIt() {
        MainViewModel vm = new MainViewModel(new Fakes.Services(home).services, Fakes.sample(), Optional.empty());
        Run run = vm.runs().outcomeProperty().get().run();
        Scenario s = vm.model().scenario();
        assertEquals(explainer.explain(run, s, 0), vm.explain().explanationProperty().get());

        vm.timeline().moveTo(40);

        assertEquals(explainer.explain(run, s, 40), vm.explain().explanationProperty().get());
        assertNotEquals(explainer.explain(run, s, 0), vm.explain().explanationProperty().get());
    }

    @Test
    void givenAnotherPolicyThenItsOwnExplainerSpeaks() {
        MainViewModel vm = new MainViewModel(new Fakes.Services(home).services, Fakes.sample(), Optional.empty());

        vm.model().edit("policy", s -> s.withPolicy("p100"));

        String text = vm.explain().explanationProperty().get().text();
        assertTrue(text.contains("p100"), text);
        assertEquals(explainer.explain(vm.runs().outcomeProperty().get().run(), vm.model().scenario(), 0),
                vm.explain().explanationProperty().get());
    }

    @Test
    void givenAnEditDuringPlaybackThenEarlierStepsAreExplainedWithTheSettingsTheyRanWith() {
        RunService runs = new RunService(Fakes.SIMULATOR, Runnable::run, Fakes.tasks(), ChartSetBuilder::build,
                System::nanoTime);
        Scenario before = Fakes.sample();
        Scenario after = before.withConfig(before.config().withTargetError(0.3));
        runs.startLive(before, 5);
        runs.applyLive(after);
        runs.advanceLive(10);
        SimpleIntegerProperty cursor = new SimpleIntegerProperty(2);
        ExplainViewModel vm = new ExplainViewModel(runs, cursor, explainer, new SimpleBooleanProperty(),
                System::nanoTime);
        RunOutcome o = runs.outcomeProperty().get();

        assertSame(before, o.scenarioAt(4));
        assertSame(after, o.scenarioAt(5));
        assertTrue(vm.explanationProperty().get().text().contains("target of 85 %"));
        cursor.set(7);
        assertTrue(vm.explanationProperty().get().text().contains("target of 70 %"));
    }

    @Test
    void givenNoRunYetThenThereIsNothingToExplain() {
        RunService runs = new RunService(Fakes.SIMULATOR, Runnable::run, Fakes.tasks(), ChartSetBuilder::build,
                System::nanoTime);
        ExplainViewModel vm = new ExplainViewModel(runs, new SimpleIntegerProperty(0), explainer,
                new SimpleBooleanProperty(), System::nanoTime);

        assertSame(ExplainViewModel.NONE, vm.explanationProperty().get());
    }
}
