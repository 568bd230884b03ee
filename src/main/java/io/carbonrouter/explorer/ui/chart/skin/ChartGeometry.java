package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;

import java.util.List;
import java.util.Optional;

/**
 * Where the last paint put the plot and its value axes: what hover and clicks are measured against; and where
 * it put the legend's entries (a reference line's label among them, above the plot, never over the data).
 */
public record ChartGeometry(PlotFrame frame, NiceScale left, Optional<NiceScale> right, List<LegendBox> legend) {

    public ChartGeometry {
        legend = List.copyOf(legend);
    }

    /** A plot without a legend to report. */
    public ChartGeometry(PlotFrame frame, NiceScale left, Optional<NiceScale> right) {
        this(frame, left, right, List.of());
    }

    NiceScale scale(AxisSide side) {
        return side == AxisSide.RIGHT ? right.orElse(left) : left;
    }

    /** The y pixel of {@code value} on the axis of {@code side}. */
    public double y(AxisSide side, double value) {
        return scale(side).y(value, frame.top(), frame.height());
    }

    /** The legend entry named {@code name}, if the last paint drew one. */
    public Optional<LegendBox> legendEntry(String name) {
        return legend.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
