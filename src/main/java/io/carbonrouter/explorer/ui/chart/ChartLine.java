package io.carbonrouter.explorer.ui.chart;

import java.util.Objects;

/** A horizontal reference line on the left axis, such as the target precision. */
public record ChartLine(double value, SeriesColor color, String label) {

    public ChartLine {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(label, "label");
    }
}
