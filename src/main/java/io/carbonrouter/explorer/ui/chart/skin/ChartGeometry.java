package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;

import java.util.Optional;

/** Where the last paint put the plot and its value axes: what hover and clicks are measured against. */
public record ChartGeometry(PlotFrame frame, NiceScale left, Optional<NiceScale> right) {

    NiceScale scale(AxisSide side) {
        return side == AxisSide.RIGHT ? right.orElse(left) : left;
    }

    /** The y pixel of {@code value} on the axis of {@code side}. */
    public double y(AxisSide side, double value) {
        return scale(side).y(value, frame.top(), frame.height());
    }
}
