package io.carbonrouter.explorer.ui.toolbar;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.TickClock;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.model.Timeline;
import io.carbonrouter.explorer.ui.run.Playback;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ToolbarViewModelTest {

    private final Scenario sample = Fakes.sample();
    private final ScenarioModel model = new ScenarioModel(sample);
    private final Playback playback = new Playback(Fakes.runService(), new Fakes.ManualTicker(),
            () -> Optional.of(sample), new Timeline(new ScenarioModel(sample)));
    private final ToolbarViewModel vm = new ToolbarViewModel(model, Fakes.SIMULATOR.registry(), playback);

    @Test
    void givenHalfHourSlotsThenTheSpeedsAreASlotAnHourSixHoursADayAndAWeekASecond() {
        assertThat(ToolbarViewModel.speeds(new TickClock(1800, 1800, 144, true, 0)))
                .extracting(ToolbarViewModel.Speed::label)
                .containsExactly("1 slot/s", "1 h/s", "6 h/s", "1 day/s", "1 week/s");
    }

    @Test
    void givenTheDeployedLoopThenTheSlowestSpeedIsOneEvaluationASecondAndASlotIsAmongThem() {
        assertThat(ToolbarViewModel.speeds(new TickClock(15, 1800, 5760, false, 0)))
                .extracting(ToolbarViewModel.Speed::label)
                .containsExactly("1 step/s", "1 min/s", "10 min/s", "1 slot/s", "1 h/s", "6 h/s", "1 day/s",
                        "1 week/s");
    }

    @Test
    void givenTheSampleThenPlaybackStartsAtSixHoursASecondWhichIsTwelveHalfHourStepsASecond() {
        assertThat(vm.speedTextProperty().get()).isEqualTo("6 h/s");
        assertThat(playback.speedProperty().get()).isEqualTo(12.0);
    }

    @Test
    void givenADaySecondThenPlaybackTakesFortyEightHalfHourStepsASecond() {
        vm.speedIndexProperty().set(vm.speeds().indexOf(new ToolbarViewModel.Speed("1 day/s", 86_400)));

        assertThat(vm.speedTextProperty().get()).isEqualTo("1 day/s");
        assertThat(playback.speedProperty().get()).isEqualTo(48.0);
        assertThat(vm.speedSteps()).isEqualTo("48 steps/s");
    }
}
