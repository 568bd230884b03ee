package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.run.ChartSetBuilder;
import io.carbonrouter.explorer.ui.run.RunService;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectorViewModelTest {

    @Test
    void givenAnEditDuringPlaybackThenEarlierStepsShowTheSettingsTheyRanWith() {
        RunService runs = new RunService(Fakes.SIMULATOR, Runnable::run, Runnable::run, ChartSetBuilder::build,
                System::nanoTime);
        Scenario before = Fakes.sample();
        runs.startLive(before, 5);
        runs.applyLive(before.withConfig(before.config().withTargetError(0.3)));
        runs.advanceLive(10);
        SimpleIntegerProperty cursor = new SimpleIntegerProperty(2);

        InspectorViewModel vm = new InspectorViewModel(runs, cursor);

        assertThat(vm.reportProperty().get().decision()).contains("creditTarget: \"0.15\"");
        cursor.set(7);
        assertThat(vm.reportProperty().get().decision()).contains("creditTarget: \"0.3\"");
    }
}
