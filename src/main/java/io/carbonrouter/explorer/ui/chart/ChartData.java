package io.carbonrouter.explorer.ui.chart;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything one chart shows. Series shorter than {@code steps} have gaps at the end. Series of one axis whose renderer stacks
 * (stacked areas) stack in list order, their values drawn as given (pass weights as fractions with a 0..1 axis, or as
 * percent). Without {@code leftMin}/{@code leftMax} the left axis fits the data, bands and lines with nice ticks.
 */
public record ChartData(int steps, List<ChartSeries> series, List<ChartBand> bands, List<ChartLine> lines,
                        String leftUnit, String rightUnit, OptionalDouble leftMin, OptionalDouble leftMax) {

    private static final ChartData EMPTY = new ChartData(0, List.of(), List.of(), List.of(), "", "",
            OptionalDouble.empty(), OptionalDouble.empty());

    public ChartData {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative: " + steps);
        }
        series = List.copyOf(series);
        bands = List.copyOf(bands);
        lines = List.copyOf(lines);
        Objects.requireNonNull(leftUnit, "leftUnit");
        Objects.requireNonNull(rightUnit, "rightUnit");
        Objects.requireNonNull(leftMin, "leftMin");
        Objects.requireNonNull(leftMax, "leftMax");
        if (leftMin.isPresent() && leftMax.isPresent() && !(leftMin.getAsDouble() < leftMax.getAsDouble())) {
            throw new IllegalArgumentException("leftMin " + leftMin.getAsDouble() + " must be below leftMax "
                    + leftMax.getAsDouble());
        }
    }

    public static ChartData empty() {
        return EMPTY;
    }

    /** Whether any series is measured on the right axis. */
    public boolean usesRightAxis() {
        return series.stream().anyMatch(s -> s.axis() == AxisSide.RIGHT);
    }
}
