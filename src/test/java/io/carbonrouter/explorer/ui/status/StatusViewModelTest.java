package io.carbonrouter.explorer.ui.status;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.run.Playback;
import io.carbonrouter.explorer.ui.run.RunService;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.model.Timeline;
import io.carbonrouter.explorer.ui.service.TaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StatusViewModelTest {

    private final Scenario sample = Fakes.sample();
    private final Fakes.ManualTicker ticker = new Fakes.ManualTicker();
    private final Timeline timeline = new Timeline(new ScenarioModel(sample));
    private final TaskExecutor tasks = Fakes.tasks();
    private final RunService runs = Fakes.runService(tasks);
    private final Playback playback = new Playback(runs, ticker, () -> Optional.of(sample), timeline);
    private final StatusViewModel status = new StatusViewModel(runs, playback.playingProperty(), tasks.running());

    private void frames(int count) {
        for (int i = 0; i <= count; i++) {
            ticker.frame(i * 100_000_000L);
        }
    }

    @Test
    void givenALiveRunThenTheStatusSaysPlayingWhilePlayingAndPausedOncePaused() {
        playback.play();
        frames(3);
        assertThat(status.runInfoProperty().get()).startsWith("playing · ");

        playback.pause();

        assertThat(status.runInfoProperty().get()).startsWith("paused · ").contains(" of 144 steps");
    }

    @Test
    void givenPlaybackThatReachedTheEndThenTheStatusNoLongerSaysPlaying() {
        playback.speedProperty().set(1000);
        timeline.moveTo(140);

        playback.play();
        frames(3);

        assertThat(playback.isPlaying()).isFalse();
        assertThat(status.runInfoProperty().get()).startsWith("last run ").contains("144 steps")
                .doesNotContain("playing");
    }
}
