package io.carbonrouter.explorer.io.forecast;

import java.util.Locale;

/**
 * Which value of a UK Carbon Intensity slot stands for the actual grid: the measured actual (the default)
 * or the forecast, which then makes the run one of perfect foresight of the forecast. Either way, a slot
 * missing the preferred value falls back to the other.
 */
public enum ForecastSource {
    FORECAST,
    ACTUAL;

    /** Parses {@code forecast} or {@code actual} (any case), as typed on the command line. */
    public static ForecastSource parse(String text) {
        for (ForecastSource s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected forecast or actual, got '" + text + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
