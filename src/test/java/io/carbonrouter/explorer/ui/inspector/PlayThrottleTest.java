package io.carbonrouter.explorer.ui.inspector;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PlayThrottleTest {

    private final SimpleBooleanProperty playing = new SimpleBooleanProperty();
    private final SimpleIntegerProperty cursor = new SimpleIntegerProperty();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Integer> shown = new ArrayList<>();

    private void wire() {
        PlayThrottle.wire(playing, nanos::get, () -> shown.add(cursor.get()), cursor);
    }

    @Test
    void givenNoPlaybackThenEveryCursorMoveRefreshes() {
        wire();

        cursor.set(1);
        cursor.set(2);

        assertThat(shown).containsExactly(0, 1, 2);
    }

    @Test
    void givenPlaybackThenTheCursorIsShownAtMostEveryPeriodAndWhereItStopped() {
        wire();
        playing.set(true);

        for (int frame = 1; frame <= 30; frame++) {
            nanos.addAndGet(16_666_667L);
            cursor.set(frame);
        }
        playing.set(false);

        // 30 frames of 1/60 s: a refresh each 200 ms (12 frames), then the last frame when it stops.
        assertThat(shown).containsExactly(0, 12, 24, 30);
    }

    @Test
    void givenPlaybackStoppingWithNothingNewThenNoExtraRefresh() {
        wire();
        playing.set(true);
        nanos.addAndGet(PlayThrottle.PERIOD_NANOS);
        cursor.set(5);
        playing.set(false);

        assertThat(shown).containsExactly(0, 5);
    }
}
