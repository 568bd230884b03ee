package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.simulation.Limits;
import io.carbonrouter.explorer.simulation.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The last step every importer shares: entries to filled curves, or one exception with every problem. */
final class Curves {

    private static final int SHOWN = 5;

    private Curves() {
    }

    /** Timed entries on the slot grid, gaps filled. */
    static ImportedForecast timed(String source, ForecastFormat format, List<Sample> samples, OptionalInt declared,
                                  boolean withDemand, List<String> warnings, List<Problem> problems) {
        return timed(source, format, samples, declared, withDemand, false, warnings, problems);
    }

    /** Timed entries on the slot grid, gaps filled, with the entries' forecast values as a second curve. */
    static ImportedForecast timed(String source, ForecastFormat format, List<Sample> samples, OptionalInt declared,
                                  boolean withDemand, boolean withForecast, List<String> warnings,
                                  List<Problem> problems) {
        failOn(source, problems);
        if (samples.isEmpty()) {
            throw new InputException(source + ": no entries: the file holds no forecast values");
        }
        for (Sample s : samples) {
            inRange(s.intensity(), "intensity", s.position(), problems);
            inRange(s.demand(), "demand", s.position(), problems);
            inRange(s.forecast(), "forecast", s.position(), problems);
        }
        failOn(source, problems);
        SlotGrid.Grid grid = SlotGrid.build(samples, declared, warnings, problems).orElse(null);
        failOn(source, problems);
        double[] intensity = filled(source, grid.intensity(), "intensity", warnings);
        double[] demand = withDemand ? optional(grid.demand(), "demand", warnings) : new double[0];
        // A forecast column that only repeats the actual one says nothing of its own.
        boolean ownForecast = withForecast && !Arrays.equals(grid.forecast(), grid.intensity());
        double[] forecast = ownForecast ? optional(grid.forecast(), "forecast", warnings) : new double[0];
        return new ImportedForecast(intensity, demand, grid.slotMinutes(), Optional.of(grid.start()), false,
                warnings, format, forecast);
    }

    /** A bare list of values (pattern JSON): one per slot, gaps filled. */
    static ImportedForecast untimed(String source, double[] values, double slotMinutes, boolean repeat,
                                    List<String> warnings, List<Problem> problems) {
        failOn(source, problems);
        if (values.length == 0) {
            throw new InputException(source + ": pattern: is empty; give at least one value");
        }
        return new ImportedForecast(filled(source, values, "intensity", warnings), new double[0], slotMinutes,
                Optional.empty(), repeat, warnings, ForecastFormat.PATTERN_JSON);
    }

    /**
     * A value a scenario's curve may hold (NaN is a gap, filled later), else a problem naming the curve and where
     * the value is in the file, so that the file's row is found rather than a slot of the scenario.
     */
    static void inRange(double value, String curve, String position, List<Problem> problems) {
        if (!Double.isNaN(value) && !(value >= 0 && value <= Limits.MAX_MAGNITUDE)) {
            problems.add(new Problem(curve, "must be a number from 0 to " + Limits.MAX_MAGNITUDE_TEXT + ", got "
                    + value + " (" + position + ")"));
        }
    }

    /** A column the file may leave empty: no curve then, and the user is told. */
    private static double[] optional(double[] values, String curve, List<String> warnings) {
        if (Gaps.count(values) == values.length) {
            warnings.add("the " + curve + " column is empty: no " + curve + " curve");
            return new double[0];
        }
        return Gaps.fill(values, curve, warnings);
    }

    private static double[] filled(String source, double[] values, String curve, List<String> warnings) {
        if (Gaps.count(values) == values.length) {
            throw new InputException(source + ": " + curve + ": every value is missing");
        }
        return Gaps.fill(values, curve, warnings);
    }

    /** Throws with the first few problems: a file broken on every line should not print every line. */
    static void failOn(String source, List<Problem> problems) {
        if (problems.size() > SHOWN) {
            List<Problem> first = new ArrayList<>(problems.subList(0, SHOWN));
            first.add(new Problem("", "and " + (problems.size() - SHOWN) + " more problems"));
            throw new InputException(source, first);
        }
        if (!problems.isEmpty()) {
            throw new InputException(source, problems);
        }
    }
}
