package io.carbonrouter.explorer.ui.chart;

import java.util.Objects;

/** One point of a {@link ScatterPlot}: where it sits and what names it (beside the point, or in the hover). */
public record ScatterPoint(double x, double y, String label) {

    public ScatterPoint {
        Objects.requireNonNull(label, "label");
    }
}
