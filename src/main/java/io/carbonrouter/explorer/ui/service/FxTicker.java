package io.carbonrouter.explorer.ui.service;

import javafx.animation.AnimationTimer;

import java.util.function.LongConsumer;

/** A {@link Ticker} on the FX pulse: frames arrive on the FX thread, at most once per pulse. */
public final class FxTicker implements Ticker {

    private AnimationTimer timer;

    @Override
    public void start(LongConsumer onFrame) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.accept(now);
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}
