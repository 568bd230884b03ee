package io.carbonrouter.explorer.ui.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything a {@link ScatterPlot} shows: point series, an optional curve through {@code curve} points (in
 * rising x, held flat to the left of the first, as the optimum's frontier is) and an optional vertical marker
 * such as the target precision.
 *
 * @param labelPoints whether each point's label is written beside it (for a few points) or only hovered
 * @param callout     one point ringed and written beside, whatever {@code labelPoints} (a sweep's best point)
 */
public record ScatterData(String xName, String yName, String unit, List<ScatterSeries> series,
                          List<ScatterPoint> curve, String curveName, OptionalDouble marker, String markerName,
                          boolean labelPoints, Optional<Callout> callout) {

    /** Point {@code index} of series {@code series}, with the words written beside it (a line at each \n). */
    public record Callout(int series, int index, String text) {
        public Callout {
            Objects.requireNonNull(text, "text");
        }
    }

    private static final ScatterData EMPTY = new ScatterData("", "", "", List.of(), List.of(), "",
            OptionalDouble.empty(), "", false);

    /** Without a callout. */
    public ScatterData(String xName, String yName, String unit, List<ScatterSeries> series, List<ScatterPoint> curve,
                       String curveName, OptionalDouble marker, String markerName, boolean labelPoints) {
        this(xName, yName, unit, series, curve, curveName, marker, markerName, labelPoints, Optional.empty());
    }

    public ScatterData {
        Objects.requireNonNull(xName, "xName");
        Objects.requireNonNull(yName, "yName");
        Objects.requireNonNull(unit, "unit");
        series = List.copyOf(series);
        curve = List.copyOf(curve);
        Objects.requireNonNull(curveName, "curveName");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(markerName, "markerName");
        Objects.requireNonNull(callout, "callout");
        if (callout.isPresent()) {
            Callout c = callout.get();
            if (c.series() < 0 || c.series() >= series.size() || c.index() < 0
                    || c.index() >= series.get(c.series()).points().size()) {
                throw new IllegalArgumentException("callout " + c + " names no point of the series");
            }
        }
    }

    public static ScatterData empty() {
        return EMPTY;
    }

    /** Whether there is nothing to draw. */
    public boolean isEmpty() {
        return curve.isEmpty() && series.stream().allMatch(s -> s.points().isEmpty());
    }
}
