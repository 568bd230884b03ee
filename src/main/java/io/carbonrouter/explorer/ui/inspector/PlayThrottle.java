package io.carbonrouter.explorer.ui.inspector;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

import java.util.function.LongSupplier;

/**
 * Refreshes a panel of text on every change of what it shows, except while playback plays: then at most every
 * {@link #PERIOD_NANOS}, and once more when it stops. Playing moves the cursor every frame; laying out the
 * inspector's fifty labels and wrapped paragraphs each frame was most of the FX thread's work, for text nobody
 * can read at 60 changes a second.
 */
final class PlayThrottle {

    static final long PERIOD_NANOS = 200_000_000L;

    private final ObservableBooleanValue playing;
    private final LongSupplier nanos;
    private final Runnable refresh;
    private long last;
    private boolean stale;

    private PlayThrottle(ObservableBooleanValue playing, LongSupplier nanos, Runnable refresh) {
        this.playing = playing;
        this.nanos = nanos;
        this.refresh = refresh;
    }

    /** Calls {@code refresh} now and whenever one of {@code shown} changes, throttled while {@code playing}. */
    static void wire(ObservableBooleanValue playing, LongSupplier nanos, Runnable refresh,
                     ObservableValue<?>... shown) {
        PlayThrottle t = new PlayThrottle(playing, nanos, refresh);
        for (ObservableValue<?> v : shown) {
            v.addListener((obs, old, now) -> t.changed());
        }
        playing.addListener((obs, was, now) -> {
            if (!now && t.stale) {
                t.run(t.nanos.getAsLong());
            }
        });
        t.run(nanos.getAsLong());
    }

    private void changed() {
        long now = nanos.getAsLong();
        if (!playing.get() || now - last >= PERIOD_NANOS) {
            run(now);
        } else {
            stale = true;
        }
    }

    private void run(long now) {
        last = now;
        stale = false;
        refresh.run();
    }
}
