package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.SeriesRenderer;

import java.util.Objects;

/**
 * One series of a chart: a value per step, {@code NaN} for a gap; steps past the values' length are gaps too.
 * It is drawn by its {@link SeriesRenderer} (see {@code skin.Renderers}). The values are a view ({@link SeriesValues}), never a copy: series of a whole run read the run's arrays.
 */
public record ChartSeries(String name, SeriesValues values, SeriesColor color, SeriesRenderer renderer, AxisSide axis) {

    /** A series over a whole array, which callers never change after handing it over. */
    public ChartSeries(String name, double[] values, SeriesColor color, SeriesRenderer renderer, AxisSide axis) {
        this(name, SeriesValues.of(values), color, renderer, axis);
    }

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(axis, "axis");
    }

    /** The value at {@code step}, {@code NaN} past the end of the values. */
    public double valueAt(int step) {
        return values.valueAt(step);
    }
}
