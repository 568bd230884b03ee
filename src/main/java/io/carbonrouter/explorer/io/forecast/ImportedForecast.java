package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.simulation.Limits;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A forecast file as curves on a regular slot grid, ready for a scenario.
 *
 * @param intensity   gCO2/kWh per slot, gaps already filled
 * @param demand      requests per slot, the same length as intensity; empty when the file has none
 * @param slotMinutes the slot length the file's timestamps (or its declared interval) give, in minutes (0.25 is 15 s)
 * @param start       the first slot's start, when the file has timestamps
 * @param repeat      whether the file asks for the curve to wrap around (pattern JSON)
 * @param warnings    what the user should know: filled gaps, converted units, fallbacks
 * @param format      the format the file was read as
 * @param forecast    what a forecast said for each slot when the file also holds actual values (then
 *                    {@code intensity} is the actual grid); empty when the file has one curve only
 */
public record ImportedForecast(double[] intensity, double[] demand, double slotMinutes, Optional<Instant> start,
                               boolean repeat, List<String> warnings, ForecastFormat format, double[] forecast) {

    public ImportedForecast(double[] intensity, double[] demand, double slotMinutes, Optional<Instant> start,
                            boolean repeat, List<String> warnings, ForecastFormat format) {
        this(intensity, demand, slotMinutes, start, repeat, warnings, format, new double[0]);
    }

    public ImportedForecast {
        Objects.requireNonNull(intensity);
        Objects.requireNonNull(forecast);
        Objects.requireNonNull(demand);
        Objects.requireNonNull(start);
        Objects.requireNonNull(format);
        warnings = Limits.capWarnings(warnings);
    }

    public boolean hasDemand() {
        return demand.length > 0;
    }

    public boolean hasForecast() {
        return forecast.length > 0;
    }

    /** What the engine should see from this file: its forecast curve if it has one, else its only curve. */
    public double[] engineCurve() {
        return hasForecast() ? forecast : intensity;
    }
}
