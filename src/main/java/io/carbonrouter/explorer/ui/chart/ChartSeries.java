package io.carbonrouter.explorer.ui.chart;

import java.util.Objects;

/**
 * One series of a chart: a value per step, {@code NaN} for a gap. The array is not copied (series hold a whole
 * run's data); callers never change it after handing it over.
 */
public record ChartSeries(String name, double[] values, SeriesColor color, SeriesStyle style, AxisSide axis) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(axis, "axis");
    }

    /** The value at {@code step}, {@code NaN} past the end of the array. */
    public double valueAt(int step) {
        return step >= 0 && step < values.length ? values[step] : Double.NaN;
    }
}
