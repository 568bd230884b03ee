package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.curves.CurveTransforms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Realistic chart data for rendering tests and the benchmark: a week of five-minute slots, or longer. */
public final class DemoData {

    public static final Instant START = Instant.parse("2024-03-04T00:00:00Z");
    public static final int SLOT = 5;

    private DemoData() {
    }

    public static TimeLabels labels() {
        return TimeLabels.of(Optional.of(START), SLOT);
    }

    public static double[] intensity(int steps) {
        return CurveTransforms.addNoise(CurveTransforms.dailySun(steps, SLOT, 260, 140), 12, 7);
    }

    public static ChartData weights(int steps) {
        double[] intensity = intensity(steps);
        double[] low = new double[steps];
        double[] mid = new double[steps];
        double[] high = new double[steps];
        for (int i = 0; i < steps; i++) {
            double dirty = Math.min(1, Math.max(0, (intensity[i] - 120) / 200));
            low[i] = 0.1 + 0.5 * dirty;
            mid[i] = 0.3;
            high[i] = 1 - low[i] - mid[i];
        }
        List<ChartSeries> series = List.of(
                new ChartSeries("precision-100", high, SeriesColor.flavour(0), Renderers.STACKED_AREA,
                        AxisSide.LEFT),
                new ChartSeries("precision-70", mid, SeriesColor.flavour(1), Renderers.STACKED_AREA,
                        AxisSide.LEFT),
                new ChartSeries("precision-30", low, SeriesColor.flavour(2), Renderers.STACKED_AREA,
                        AxisSide.LEFT));
        return new ChartData(steps, series, List.of(), List.of(), "share", "", OptionalDouble.of(0),
                OptionalDouble.of(1));
    }

    public static ChartData balance(int steps) {
        double[] balance = new double[steps];
        double[] velocity = new double[steps];
        double b = 0;
        double[] intensity = intensity(steps);
        for (int i = 0; i < steps; i++) {
            double v = (200 - intensity[i]) / 4000;
            b = Math.max(-0.5, Math.min(0.5, b + v));
            balance[i] = b;
            velocity[i] = v * 100;
        }
        return new ChartData(steps, List.of(
                new ChartSeries("balance", balance, SeriesColor.of(SeriesColor.Role.BALANCE), Renderers.LINE, AxisSide.LEFT),
                new ChartSeries("velocity", velocity, SeriesColor.of(SeriesColor.Role.VELOCITY), Renderers.DASHED_LINE,
                        AxisSide.RIGHT)),
                List.of(new ChartBand(-0.5, 0.5, SeriesColor.of(SeriesColor.Role.CREDIT_BAND), "creditMin..creditMax")),
                List.of(), "credits", "per step", OptionalDouble.empty(), OptionalDouble.empty());
    }

    public static ChartData precision(int steps) {
        double[] intensity = intensity(steps);
        double[] precision = new double[steps];
        for (int i = 0; i < steps; i++) {
            precision[i] = 0.95 - 0.12 * Math.min(1, Math.max(0, (intensity[i] - 120) / 200));
        }
        return new ChartData(steps, List.of(new ChartSeries("avg precision", precision, SeriesColor.of(SeriesColor.Role.PRECISION),
                Renderers.LINE, AxisSide.LEFT)), List.of(),
                List.of(new ChartLine(0.85, SeriesColor.of(SeriesColor.Role.TARGET), "target 0.85")), "", "",
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    public static ChartData emissions(int steps, double scale) {
        double[] intensity = intensity(steps);
        double[] emissions = new double[steps];
        double[] baseline = new double[steps];
        for (int i = 0; i < steps; i++) {
            emissions[i] = intensity[i] * 0.8 * scale;
            baseline[i] = intensity[i];
        }
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries("emissions", emissions, SeriesColor.of(SeriesColor.Role.EMISSIONS), Renderers.BARS,
                AxisSide.LEFT));
        series.add(new ChartSeries("p100 baseline", baseline, SeriesColor.of(SeriesColor.Role.BASELINE), Renderers.DASHED_LINE,
                AxisSide.LEFT));
        return new ChartData(steps, series, List.of(), List.of(), "gCO2", "", OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    public static ChartData throttle(int steps) {
        double[] intensity = intensity(steps);
        double[] throttle = new double[steps];
        double[] ceiling = new double[steps];
        for (int i = 0; i < steps; i++) {
            throttle[i] = Math.round(10 * (1 - 0.6 * Math.min(1, Math.max(0, (intensity[i] - 150) / 200)))) / 10.0;
            ceiling[i] = Math.round(throttle[i] * 10);
        }
        return new ChartData(steps, List.of(
                new ChartSeries("throttle", throttle, SeriesColor.of(SeriesColor.Role.THROTTLE), Renderers.STEP_LINE, AxisSide.LEFT),
                new ChartSeries("router ceiling", ceiling, SeriesColor.ceiling(0), Renderers.STEP_LINE,
                        AxisSide.RIGHT)), List.of(), List.of(), "factor", "replicas", OptionalDouble.of(0),
                OptionalDouble.of(1.05));
    }

}
