package io.carbonrouter.explorer.engine;

import java.time.Instant;
import java.util.OptionalDouble;

/** One forecast slot: its start, its end and the carbon intensity forecast for it, if any. */
public record ForecastPoint(Instant start, Instant end, OptionalDouble value) {
}
