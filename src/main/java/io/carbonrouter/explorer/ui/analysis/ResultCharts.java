package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.compare.Comparison;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.Optimum;
import io.carbonrouter.explorer.simulation.compare.SavingsFrontier;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartLine;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.chart.ScatterPoint;
import io.carbonrouter.explorer.ui.chart.ScatterSeries;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.common.StrategyColors;
import io.carbonrouter.explorer.ui.common.UiColors;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The charts of a comparison and of a sweep: every strategy's cumulative emissions and average precision over
 * time, and savings against mean precision beside the optimum's frontier. Pure and free of controls, so they
 * are built off the FX thread. Shares are drawn in percent.
 */
public final class ResultCharts {

    static final String X_NAME = "Mean precision";
    static final String Y_NAME = "Savings";
    static final String FRONTIER = "offline optimum";
    /** A line whose mean jump per step is this many times the median strategy's is drawn as noise. */
    private static final double NOISY = 4;

    private ResultCharts() {
    }

    /**
     * Running totals of each strategy's emissions, with the p100 baseline's dashed, in percent of the baseline's
     * total: the baseline ends at 100 and each strategy at 100 minus its savings. A carbon budget is a line at its
     * share of that total.
     */
    public static ChartData emissions(Scenario scenario, Comparison c, StrategyColors colors) {
        int steps = scenario.clock().ticks();
        List<ChartSeries> series = new ArrayList<>();
        if (c.runs().isEmpty()) {
            return ChartData.empty();
        }
        double[] baseline = cumulative(c.runs().get(0), steps, true, 1);
        double total = baseline[steps - 1];
        double scale = total > 0 ? 100 / total : 0;
        for (Run r : c.runs()) {
            series.add(new ChartSeries(r.policy(), cumulative(r, steps, false, scale), colors.of(r.policy()),
                    Renderers.LINE, AxisSide.LEFT));
        }
        series.add(new ChartSeries("p100 baseline", cumulative(c.runs().get(0), steps, true, scale),
                UiColors.BASELINE, Renderers.DASHED_LINE, AxisSide.LEFT));
        List<ChartLine> lines = c.budget().map(b -> List.of(new ChartLine(b.budget() * scale, UiColors.TARGET,
                "budget " + Formats.number(b.budget() * scale, 1) + " %"))).orElse(List.of());
        return new ChartData(steps, series, List.of(), lines, "% of the p100 total", "", OptionalDouble.of(0),
                OptionalDouble.empty());
    }

    /**
     * Each strategy's average precision per step, against the target. The noisiest lines (random's jumps from
     * step to step) are drawn first, under the others, and dashed, so they cannot hide the steadier strategies.
     */
    public static ChartData precision(Scenario scenario, Comparison c, StrategyColors colors) {
        int steps = scenario.clock().ticks();
        List<ChartSeries> series = new ArrayList<>();
        List<Double> roughness = new ArrayList<>();
        for (Run r : c.runs()) {
            double[] v = new double[steps];
            double jumps = 0;
            for (int t = 0; t < steps; t++) {
                v[t] = t < r.steps() ? 100.0 * r.avgPrecision(t) : Double.NaN;
                jumps += t > 0 && t < r.steps() ? Math.abs(v[t] - v[t - 1]) : 0;
            }
            roughness.add(jumps / Math.max(1, steps - 1));
            series.add(new ChartSeries(r.policy(), v, colors.of(r.policy()), Renderers.LINE, AxisSide.LEFT));
        }
        double calm = roughness.stream().mapToDouble(Double::doubleValue).sorted()
                .skip(roughness.size() / 2).findFirst().orElse(0);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(roughness.get(b), roughness.get(a)));
        List<ChartSeries> drawn = new ArrayList<>();
        for (int i : order) {
            ChartSeries s = series.get(i);
            boolean noisy = roughness.get(i) > NOISY * Math.max(calm, 0.01);
            drawn.add(noisy ? new ChartSeries(s.name(), s.values(), s.color(), Renderers.DASHED_LINE, s.axis()) : s);
        }
        series = drawn;
        double target = 100.0 * scenario.config().targetPrecision();
        ChartLine line = new ChartLine(target, UiColors.TARGET, "target " + Formats.number(target, 1) + " %");
        return new ChartData(steps, series, List.of(), List.of(line), "%", "", OptionalDouble.of(0),
                OptionalDouble.of(100));
    }

    /** One labelled point per strategy, the optimum at the target as a diamond, the frontier and the target. */
    public static ScatterData scatter(Scenario scenario, Comparison c, StrategyColors colors) {
        List<ScatterSeries> series = new ArrayList<>();
        for (MetricRow row : c.rows()) {
            series.add(new ScatterSeries(row.policy(), colors.of(row.policy()), ScatterSeries.Shape.DOT,
                    List.of(point(row, row.policy()))));
        }
        Optimum o = c.optimum();
        if (o.reachable()) {
            series.add(new ScatterSeries("optimum at the target", UiColors.OPTIMUM, ScatterSeries.Shape.DIAMOND,
                    List.of(new ScatterPoint(100 * o.meanPrecision(), 100 * o.savings(), "optimum"))));
        }
        double target = 100 * scenario.config().targetPrecision();
        return new ScatterData(X_NAME, Y_NAME, "%", series, frontier(c.frontier()), FRONTIER,
                OptionalDouble.of(target), "target " + Formats.number(target, 1) + " %", true);
    }

    /** A strategy's mean precision and savings, in percent. */
    static ScatterPoint point(MetricRow row, String label) {
        return new ScatterPoint(100 * row.metrics().meanPrecision(), 100 * row.metrics().savings(), label);
    }

    /** The frontier's corners in percent. */
    static List<ScatterPoint> frontier(SavingsFrontier f) {
        return f.points().stream().map(p -> new ScatterPoint(100 * p.precision(), 100 * p.savings(), "")).toList();
    }

    private static double[] cumulative(Run r, int steps, boolean baseline, double scale) {
        double[] out = new double[steps];
        double sum = 0;
        for (int t = 0; t < steps; t++) {
            if (t < r.steps()) {
                sum += baseline ? r.baselineEmissions(t) : r.emissions(t);
                out[t] = sum * scale;
            } else {
                out[t] = Double.NaN;
            }
        }
        return out;
    }
}
