package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.io.schedule.PublishedStatus;
import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.run.ChartSetBuilder;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class InspectorViewModelTest {

    @Test
    void givenAnEditDuringPlaybackThenEarlierStepsShowTheSettingsTheyRanWith() {
        RunService runs = new RunService(Fakes.SIMULATOR, Runnable::run, Fakes.tasks(), ChartSetBuilder::build,
                System::nanoTime);
        Scenario before = Fakes.sample();
        runs.startLive(before, 5);
        runs.applyLive(before.withConfig(before.config().withTargetError(0.3)));
        runs.advanceLive(10);
        SimpleIntegerProperty cursor = new SimpleIntegerProperty(2);

        InspectorViewModel vm = new InspectorViewModel(runs, cursor, new SimpleBooleanProperty(), System::nanoTime);

        assertThat(vm.reportProperty().get().decision()).contains("creditTarget: \"0.15\"");
        cursor.set(7);
        assertThat(vm.reportProperty().get().decision()).contains("creditTarget: \"0.3\"");
    }

    @Test
    void givenTheCursorOnAnyStepOfADeployedLoopWithAFlavourOffThenTheBlockIsExactlyThePublishedStatus() {
        Scenario sample = Fakes.sample();
        Scenario s = sample.toBuilder().loop(Optional.of(DeploymentLoop.AS_DEPLOYED)).steps(OptionalInt.of(4))
                .flavours(sample.flavours().stream().map(f -> f.name().equals("precision-30") ? f.withEnabled(false)
                        : f).toList()).build();
        RunService runs = new RunService(Fakes.SIMULATOR, Runnable::run, Fakes.tasks(), ChartSetBuilder::build,
                System::nanoTime);
        runs.runFull(s);
        Run run = runs.outcomeProperty().get().run();
        SimpleIntegerProperty cursor = new SimpleIntegerProperty(0);
        InspectorViewModel vm = new InspectorViewModel(runs, cursor, new SimpleBooleanProperty(), System::nanoTime);

        for (int t : new int[] {0, 1, run.steps() / 2, run.steps() - 1}) {
            cursor.set(t);
            assertThat(vm.reportProperty().get().decision()).isEqualTo(PublishedStatus.of(s, run, t));
        }
        assertThat(vm.reportProperty().get().decision()).contains("precision: 30\n    weight: 0\n");
    }
}
