package io.carbonrouter.explorer.ui.settings;

import io.carbonrouter.explorer.simulation.Scenario;

/** What the engine sees of the intensity: the actual curve, a forecast curve, or the actual plus seeded error. */
public enum ForecastMode {
    PERFECT("Perfect"),
    CURVE("Curve"),
    ERROR_MODEL("Error model");

    private final String label;

    ForecastMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ForecastMode of(Scenario s) {
        return s.hasForecast() ? CURVE : s.forecastError().isPresent() ? ERROR_MODEL : PERFECT;
    }
}
