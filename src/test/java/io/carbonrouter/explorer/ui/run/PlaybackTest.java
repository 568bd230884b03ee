package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaybackTest {

    private static final long FRAME = 100_000_000L;

    private final Scenario sample = Fakes.sample();
    private final Fakes.ManualTicker ticker = new Fakes.ManualTicker();
    private final IntegerProperty cursor = new SimpleIntegerProperty();
    private final RunService runs = new RunService(Fakes.SIMULATOR, Runnable::run, Runnable::run,
            ChartSetBuilder::build, System::nanoTime);
    private final Playback playback = new Playback(runs, ticker, () -> Optional.of(sample), cursor);

    private void frames(int count) {
        for (int i = 0; i <= count; i++) {
            ticker.frame(i * FRAME);
        }
    }

    @Test
    void givenPlayThenEachFrameComputesStepsAtTheChosenSpeedAndTheCursorFollows() {
        playback.speedProperty().set(10);
        cursor.set(4);

        playback.play();
        assertEquals(4, cursor.get(), "the run is computed up to the cursor first");
        frames(5);

        assertTrue(playback.isPlaying());
        assertEquals(9, cursor.get());
        assertEquals(10, runs.outcomeProperty().get().run().steps());
        assertTrue(runs.outcomeProperty().get().live());
    }

    @Test
    void givenPauseThenTheTickerStopsAndTheCursorStays() {
        playback.play();
        frames(3);
        int at = cursor.get();

        playback.pause();
        frames(3);

        assertFalse(playback.isPlaying());
        assertFalse(ticker.running());
        assertEquals(at, cursor.get());
    }

    @Test
    void givenPauseThenPlayAgainThenTheSessionContinuesWhereItStopped() {
        playback.play();
        frames(3);
        playback.pause();
        int at = cursor.get();

        playback.play();
        frames(2);

        assertEquals(at + 2, cursor.get());
    }

    @Test
    void givenTheEndOfTheTimelineThenPlaybackPauses() {
        playback.speedProperty().set(1000);
        cursor.set(140);

        playback.play();
        frames(2);

        assertEquals(143, cursor.get());
        assertFalse(playback.isPlaying());
    }

    @Test
    void givenTheCursorAtTheLastStepWhenPlayedThenItStartsOver() {
        cursor.set(143);

        playback.play();

        assertEquals(0, cursor.get());
    }

    @Test
    void givenAPausedSessionWhenSteppedForwardThenTheNextStepIsComputed() {
        playback.play();
        frames(2);
        playback.pause();
        int at = cursor.get();

        playback.stepForward(at + 1);

        assertEquals(at + 1, cursor.get());
        assertEquals(at + 2, runs.outcomeProperty().get().run().steps());
    }

    @Test
    void givenAFullRunWhenSteppedThenTheCursorMovesWithinIt() {
        runs.runFull(sample);

        playback.stepForward(144);
        playback.stepForward(144);
        playback.stepBack();

        assertEquals(1, cursor.get());
        assertFalse(runs.liveProperty().get());
    }

    @Test
    void givenResetThenTheCursorGoesHomeAndTheWholeTimelineIsShown() {
        playback.play();
        frames(3);

        playback.reset();

        assertEquals(0, cursor.get());
        assertFalse(playback.isPlaying());
        assertFalse(runs.outcomeProperty().get().live());
        assertEquals(144, runs.outcomeProperty().get().run().steps());
    }
}
