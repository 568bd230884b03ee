package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.simulation.measured.MeasuredRun;
import io.carbonrouter.explorer.simulation.measured.MeasuredSteps;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.common.UiColors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A measured run as the result charts draw it over a simulated run, on the simulated run's steps: the
 * share each flavour served, the request-weighted precision, the engine's credit balance and velocity, its
 * throttle and ceilings, and the emissions. A measured run counts requests, a simulated one demand, so the
 * emissions chart shows the measured mix and carbon at the simulated demand: per step, demand x measured
 * intensity x the carbon factors of the measured shares. Steps no sample falls in are gaps.
 */
public final class MeasuredCharts {

    private MeasuredCharts() {
    }

    /** The overlay for the charts of {@code run} (its steps, its clock) on {@code scenario}. */
    public static ChartSet build(Scenario scenario, Run run, MeasuredRun measured) {
        int steps = Math.max(scenario.clock().ticks(), run.steps());
        MeasuredSteps m = MeasuredSteps.of(measured, run.clock().evaluationSeconds(), steps, 0);
        RunChart.Input in = new RunChart.Input(scenario, run, steps, null);
        Map<String, ChartData> charts = new HashMap<>();
        ChartSet.CHARTS.forEach(c -> c.measured(in, m).ifPresent(d -> charts.put(c.id(), d)));
        return new ChartSet(charts, null);
    }

    /** A scenario flavour's column in the measured run: the one of the same integer percent. */
    private static OptionalInt column(MeasuredSteps m, FlavourProfile f) {
        int percent = (int) Math.round(f.precision() * 100);
        for (int k = 0; k < m.precisions().length; k++) {
            if (m.precisions()[k] == percent) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }

    static ChartData weights(Scenario scenario, MeasuredSteps m) {
        List<ChartSeries> series = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        List<FlavourProfile> flavours = scenario.flavours();
        for (int i = 0; i < flavours.size(); i++) {
            OptionalInt k = column(m, flavours.get(i));
            if (k.isPresent()) {
                shown.add(k.getAsInt());
                series.add(share(m, k.getAsInt(), flavours.get(i).name(), i));
            }
        }
        for (int k = 0; k < m.precisions().length; k++) {
            if (!shown.contains(k)) {
                series.add(share(m, k, "precision-" + m.precisions()[k], flavours.size() + k));
            }
        }
        return chart(m, series, "%", "", OptionalDouble.of(100));
    }

    private static ChartSeries share(MeasuredSteps m, int k, String name, int colour) {
        double[] v = new double[m.steps()];
        for (int t = 0; t < v.length; t++) {
            v[t] = 100 * m.share(k, t);
        }
        return new ChartSeries(name, v, UiColors.flavour(colour), Renderers.STACKED_AREA, AxisSide.LEFT);
    }

    static ChartData precision(MeasuredSteps m) {
        double[] v = new double[m.steps()];
        for (int t = 0; t < v.length; t++) {
            v[t] = 100 * m.precision(t);
        }
        return chart(m, List.of(new ChartSeries("avg", v, UiColors.PRECISION, Renderers.DASHED_LINE, AxisSide.LEFT)),
                "%", "", OptionalDouble.of(100));
    }

    static ChartData balance(MeasuredSteps m) {
        return chart(m, List.of(
                new ChartSeries("balance", m.gauge(MeasuredRun.CREDIT_BALANCE), UiColors.BALANCE,
                        Renderers.DASHED_LINE, AxisSide.LEFT),
                new ChartSeries("velocity", m.gauge(MeasuredRun.CREDIT_VELOCITY), UiColors.VELOCITY,
                        Renderers.DASHED_LINE, AxisSide.RIGHT)), "credit", "credit/step", OptionalDouble.empty());
    }

    static ChartData throttle(MeasuredSteps m) {
        List<ChartSeries> series = new ArrayList<>();
        for (int k = 0; k < MeasuredRun.CEILINGS.size(); k++) {
            String column = MeasuredRun.CEILINGS.get(k);
            double[] v = m.gauge(column);
            String name = column.substring("ceiling_".length());
            if (Arrays.stream(v).anyMatch(Double::isFinite)) {
                series.add(new ChartSeries(name, v, UiColors.component(name, k), Renderers.STEP_LINE,
                        AxisSide.RIGHT));
            }
        }
        double[] throttle = m.gauge(MeasuredRun.THROTTLE).clone();
        for (int t = 0; t < throttle.length; t++) {
            throttle[t] *= 100;
        }
        series.add(new ChartSeries("throttle", throttle, UiColors.THROTTLE, Renderers.DASHED_LINE, AxisSide.LEFT));
        return chart(m, series, "%", "replicas", OptionalDouble.of(100));
    }

    static ChartData emissions(Scenario scenario, Run run, MeasuredSteps m) {
        EmissionsUnit unit = EmissionsUnit.of(scenario);
        double[] factor = new double[m.precisions().length];
        for (FlavourProfile f : scenario.flavours()) {
            column(m, f).ifPresent(k -> factor[k] = f.carbonIntensity());
        }
        double[] carbon = m.gauge(MeasuredRun.CARBON_NOW);
        double[] v = new double[m.steps()];
        for (int t = 0; t < v.length; t++) {
            double mix = 0;
            for (int k = 0; k < factor.length; k++) {
                mix += m.share(k, t) * factor[k];
            }
            v[t] = t < run.steps() ? unit.convert(run.demandWeight(t) * carbon[t] * mix) : Double.NaN;
        }
        String symbol = unit.isGrams() ? EmissionsUnit.GRAMS : unit.symbol();
        return chart(m, List.of(new ChartSeries("emissions", v, UiColors.EMISSIONS, Renderers.DASHED_LINE,
                AxisSide.LEFT)), symbol + "/step", symbol + " total", OptionalDouble.empty());
    }

    private static ChartData chart(MeasuredSteps m, List<ChartSeries> series, String left, String right,
                                   OptionalDouble max) {
        return new ChartData(m.steps(), series, List.of(), List.of(), left, right,
                max.isPresent() ? OptionalDouble.of(0) : OptionalDouble.empty(), max);
    }
}
