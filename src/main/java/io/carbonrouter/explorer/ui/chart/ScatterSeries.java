package io.carbonrouter.explorer.ui.chart;

import java.util.List;
import java.util.Objects;

/** Points of one colour and shape, with one legend entry. */
public record ScatterSeries(String name, SeriesColor color, Shape shape, List<ScatterPoint> points) {

    /** How the points are marked: dots for data, a diamond for a reference such as the optimum. */
    public enum Shape { DOT, DIAMOND }

    public ScatterSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(shape, "shape");
        points = List.copyOf(points);
    }
}
