package io.carbonrouter.explorer.ui.service;

import java.util.function.LongConsumer;

/** Calls back once per frame with a time in nanoseconds while started (an animation timer in the app). */
public interface Ticker {

    void start(LongConsumer onFrame);

    void stop();
}
