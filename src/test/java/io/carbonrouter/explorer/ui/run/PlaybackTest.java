package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaybackTest {

    private static final long FRAME = 100_000_000L;

    private final Scenario sample = Fakes.sample();
    private final Fakes.ManualTicker ticker = new Fakes.ManualTicker();
    private final Timeline timeline = new Timeline(new ScenarioModel(sample));
    private final RunService runs = Fakes.runService();
    private final Playback playback = new Playback(runs, ticker, () -> Optional.of(sample), timeline);

    private void frames(int count) {
        for (int i = 0; i <= count; i++) {
            ticker.frame(i * FRAME);
        }
    }

    @Test
    void givenPlayThenEachFrameComputesStepsAtTheChosenSpeedAndTheCursorFollows() {
        playback.speedProperty().set(10);
        timeline.moveTo(4);

        playback.play();
        assertEquals(4, timeline.cursor(), "the run is computed up to the cursor first");
        frames(5);

        assertTrue(playback.isPlaying());
        assertEquals(9, timeline.cursor());
        assertEquals(10, runs.outcomeProperty().get().run().steps());
        assertTrue(runs.outcomeProperty().get().live());
    }

    @Test
    void givenPauseThenTheTickerStopsAndTheCursorStays() {
        playback.play();
        frames(3);
        int at = timeline.cursor();

        playback.pause();
        frames(3);

        assertFalse(playback.isPlaying());
        assertFalse(ticker.running());
        assertEquals(at, timeline.cursor());
    }

    @Test
    void givenPauseThenPlayAgainThenTheSessionContinuesWhereItStopped() {
        playback.play();
        frames(3);
        playback.pause();
        int at = timeline.cursor();

        playback.play();
        frames(2);

        assertEquals(at + 2, timeline.cursor());
    }

    @ParameterizedTest(name = "whole run on screen first: {0}")
    @ValueSource(booleans = {false, true})
    void givenTheEndOfTheTimelineThenPlaybackPauses(boolean replay) {
        if (replay) {
            runs.runFull(sample);
        }
        playback.speedProperty().set(1000);
        timeline.moveTo(140);

        playback.play();
        frames(2);

        assertEquals(143, timeline.cursor());
        assertFalse(playback.isPlaying());
    }

    @Test
    void givenTheCursorAtTheLastStepWhenPlayedThenItStartsOver() {
        timeline.moveTo(143);

        playback.play();

        assertEquals(0, timeline.cursor());
    }

    @Test
    void givenAPausedSessionWhenSteppedForwardThenTheNextStepIsComputed() {
        playback.play();
        frames(2);
        playback.pause();
        int at = timeline.cursor();

        playback.stepForward(at + 1);

        assertEquals(at + 1, timeline.cursor());
        assertEquals(at + 2, runs.outcomeProperty().get().run().steps());
    }

    @Test
    void givenAFullRunWhenSteppedThenTheCursorMovesWithinIt() {
        runs.runFull(sample);

        playback.stepForward(144);
        playback.stepForward(144);
        playback.stepBack();

        assertEquals(1, timeline.cursor());
        assertFalse(runs.liveProperty().get());
    }

    @Test
    void givenResetThenTheCursorGoesHomeAndTheWholeTimelineIsShown() {
        playback.play();
        frames(3);

        playback.reset();

        assertEquals(0, timeline.cursor());
        assertFalse(playback.isPlaying());
        assertFalse(runs.outcomeProperty().get().live());
        assertEquals(144, runs.outcomeProperty().get().run().steps());
    }

    @Test
    void givenTheWholeRunOnScreenWhenPlayedFromACursorMidRunThenTheCursorMovesOverTheSameRunAndNothingIsComputed() {
        runs.runFull(sample);
        RunOutcome whole = runs.outcomeProperty().get();
        playback.speedProperty().set(10);
        timeline.moveTo(70);

        playback.play();
        frames(5);

        assertTrue(playback.isPlaying());
        assertTrue(playback.isReplaying());
        assertEquals(75, timeline.cursor());
        assertSame(whole, runs.outcomeProperty().get(), "the computed run stays, with every step after the cursor");
        assertFalse(runs.liveProperty().get());
    }

    @Test
    void givenAnEditWhileReplayingThenALiveSessionTakesItFromTheStepAfterTheCursorWithTheStateAtTheCursor() {
        runs.runFull(sample);
        RunOutcome whole = runs.outcomeProperty().get();
        timeline.moveTo(70);
        playback.play();
        Scenario edited = sample.withConfig(sample.config().withTargetError(0.3));

        runs.branchLive(sample, edited, timeline.cursor() + 1);

        RunOutcome branched = runs.outcomeProperty().get();
        assertTrue(branched.live());
        assertEquals(71, branched.run().steps());
        for (int t = 0; t < 71; t++) {
            assertEquals(whole.run().avgPrecision(t), branched.run().avgPrecision(t), 0, "step " + t);
        }
        assertSame(sample, branched.scenarioAt(70));
        assertSame(edited, branched.scenarioAt(71));
    }
}
