package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.simulation.Scenario;

import java.math.BigDecimal;
import java.util.List;

/**
 * One point of a sweep's grid: its index in the grid, the parameter values (in the spec's order) and the
 * scenario they make, ready to run or to load into an editor.
 */
public record SweepPoint(int index, List<Double> values, Scenario scenario) {

    public SweepPoint {
        values = List.copyOf(values);
    }

    /** A parameter value without binary noise or a trailing {@code .0}: {@code 0.1}, {@code 300}. */
    static String format(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
