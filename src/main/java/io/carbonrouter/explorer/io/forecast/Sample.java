package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.simulation.Problem;

import java.time.Instant;

/**
 * One entry of a timed forecast file before it is put on the slot grid.
 *
 * @param time      when the slot starts
 * @param intensity gCO2/kWh, NaN when the entry has no value (a gap)
 * @param demand    requests, NaN when the entry has none
 * @param forecast  gCO2/kWh the forecast gave when the file has both forecast and actual values, else NaN
 * @param timePath  the field the time came from, as a message names it: {@code data[3].from}, {@code timestamp}
 * @param position  where that is in the file: {@code line 20, column 15} or {@code line 7}
 */
record Sample(Instant time, double intensity, double demand, double forecast, String timePath, String position) {

    Sample(Instant time, double intensity, double demand, String timePath, String position) {
        this(time, intensity, demand, Double.NaN, timePath, position);
    }

    /** A problem with this entry's time, named by its field and position. */
    Problem problem(String message) {
        return new Problem(timePath, message + " (" + position + ")");
    }
}
