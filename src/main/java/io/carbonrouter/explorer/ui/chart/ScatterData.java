package io.carbonrouter.explorer.ui.chart;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything a {@link ScatterPlot} shows: point series, an optional curve through {@code curve} points (in
 * rising x, held flat to the left of the first, as the optimum's frontier is) and an optional vertical marker
 * such as the target precision.
 *
 * @param labelPoints whether each point's label is written beside it (for a few points) or only hovered
 */
public record ScatterData(String xName, String yName, String unit, List<ScatterSeries> series,
                          List<ScatterPoint> curve, String curveName, OptionalDouble marker, String markerName,
                          boolean labelPoints) {

    private static final ScatterData EMPTY = new ScatterData("", "", "", List.of(), List.of(), "",
            OptionalDouble.empty(), "", false);

    public ScatterData {
        Objects.requireNonNull(xName, "xName");
        Objects.requireNonNull(yName, "yName");
        Objects.requireNonNull(unit, "unit");
        series = List.copyOf(series);
        curve = List.copyOf(curve);
        Objects.requireNonNull(curveName, "curveName");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(markerName, "markerName");
    }

    public static ScatterData empty() {
        return EMPTY;
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return curve.isEmpty() && series.stream().allMatch(s -> s.points().isEmpty());
    }
}
