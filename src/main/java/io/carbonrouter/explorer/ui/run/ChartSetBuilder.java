package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartBand;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartLine;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.chart.SeriesValues;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.common.UiColors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;

/**
 * Turns a run into the series of the result charts ({@link ChartSet#CHARTS}), with the helpers they share. Free of controls, so it runs on the worker. The series
 * are views over the run's own arrays (nothing is copied); only the running totals of emissions are kept
 * apart, as floats (a chart line, never output), and a live run's next steps only extend them. The time axis
 * spans the scenario's steps; steps a live run has not reached yet are gaps.
 */
public final class ChartSetBuilder {

    private ChartSetBuilder() {
    }

    public static ChartSet build(Scenario scenario, Run run) {
        return build(scenario, run, null);
    }

    /**
     * As {@link #build(Scenario, Run)}, extending the running totals of {@code previous} (the charts of an
     * earlier view of the same live recording) by the new steps only: the cost of a playback frame does not
     * grow with the steps already played.
     */
    public static ChartSet build(Scenario scenario, Run run, ChartSet previous) {
        int steps = Math.max(scenario.clock().ticks(), run.steps());
        RunningTotals totals = previous != null && previous.totals() != null
                && previous.totals().continuesTo(run, steps) ? previous.totals() : new RunningTotals(run, steps);
        totals.extendTo(run);
        RunChart.Input in = new RunChart.Input(scenario, run, steps, totals);
        Map<String, ChartData> charts = new HashMap<>();
        ChartSet.CHARTS.forEach(c -> charts.put(c.id(), c.build(in)));
        return new ChartSet(charts, totals);
    }

    /** Percent per flavour, stacked; a flavour without a key at a step has no traffic there. */
    static ChartData weights(Scenario scenario, Run run, int steps) {
        KeyedSeries w = run.weights();
        List<String> names = new ArrayList<>();
        scenario.flavours().forEach(f -> names.add(f.name()));
        w.names().stream().filter(n -> !names.contains(n)).forEach(names::add);
        List<ChartSeries> series = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int column = w.indexOf(names.get(i));
            if (column < 0 && !enabled(scenario, names.get(i))) {
                continue;
            }
            SeriesValues values = column < 0 ? values(run, "weights " + names.get(i), t -> 0.0)
                    : values(run, "weights " + names.get(i),
                    t -> w.has(t, column) ? 100.0 * w.value(t, column) : 0.0);
            series.add(new ChartSeries(names.get(i), values, UiColors.flavour(i), Renderers.STACKED_AREA,
                    AxisSide.LEFT));
        }
        return new ChartData(steps, series, List.of(), List.of(), "%", "", OptionalDouble.of(0),
                OptionalDouble.of(100));
    }

    private static boolean enabled(Scenario scenario, String name) {
        return scenario.flavours().stream().anyMatch(f -> f.name().equals(name) && f.enabled());
    }

    static ChartData precision(PolicyConfig config, Run run, int steps) {
        ChartSeries avg = new ChartSeries("avg", values(run, "avg", t -> 100.0 * run.avgPrecision(t)),
                UiColors.PRECISION, Renderers.LINE, AxisSide.LEFT);
        double target = 100.0 * config.targetPrecision();
        ChartLine line = new ChartLine(target, UiColors.TARGET, "target " + Formats.number(target, 1) + " %");
        return new ChartData(steps, List.of(avg), List.of(), List.of(line), "%", "", OptionalDouble.of(0),
                OptionalDouble.of(100));
    }

    static ChartData balance(PolicyConfig config, Run run, int steps) {
        ChartSeries balance = new ChartSeries("balance", values(run, "balance", run::balance), UiColors.BALANCE,
                Renderers.LINE, AxisSide.LEFT);
        ChartSeries velocity = new ChartSeries("velocity", values(run, "velocity", run::velocity), UiColors.VELOCITY,
                Renderers.DASHED_LINE, AxisSide.RIGHT);
        double low = Math.min(config.creditMin(), config.creditMax());
        double high = Math.max(config.creditMin(), config.creditMax());
        double margin = Math.max(1e-6, (high - low) * 0.08);
        ChartBand band = new ChartBand(low, high, UiColors.CREDIT_BAND, "creditMin .. creditMax");
        ChartLine zero = new ChartLine(0, UiColors.AXIS, "");
        return new ChartData(steps, List.of(balance, velocity), List.of(band), List.of(zero), "credit",
                "credit/step", OptionalDouble.of(low - margin), OptionalDouble.of(high + margin));
    }

    /**
     * Ceilings first, the throttle last and dashed, so it is drawn on top and the ceilings show through its
     * gaps: a ceiling is the throttle times its max bound, rounded up, so on its own axis it runs right along
     * the throttle (the sample's target, max 20 replicas, on a 0..20 axis beside 0..100 %), and a solid line
     * on top would hide it, a solid one below be hidden.
     */
    static ChartData throttle(Run run, int steps) {
        List<ChartSeries> series = new ArrayList<>();
        KeyedSeries ceilings = run.ceilings();
        for (int k = 0; k < ceilings.names().size(); k++) {
            int column = k;
            String name = ceilings.names().get(k);
            series.add(new ChartSeries(name, values(run, "ceiling " + name, t -> ceilings.value(t, column)),
                    UiColors.component(name, k), Renderers.STEP_LINE, AxisSide.RIGHT));
        }
        series.add(new ChartSeries("throttle", values(run, "throttle", t -> 100.0 * run.throttle(t)), UiColors.THROTTLE,
                Renderers.DASHED_LINE, AxisSide.LEFT));
        return new ChartData(steps, series, List.of(), List.of(), "%", "replicas", OptionalDouble.of(0),
                OptionalDouble.of(100));
    }

    /**
     * Per step on the left (actual as bars, p100 dashed), running totals on the right (solid), in the scenario's
     * unit: grams of CO2 when it gives the energy per request (without a demand curve a step is one request, so
     * grams per step are grams per request), otherwise relative units, said on both axes and so in the hover.
     * With a carbon budget, a dashed line at the budget among the totals, named with the spend so far.
     */
    static ChartData emissions(Run run, int steps, RunningTotals totals, EmissionsUnit unit,
                               Optional<Double> budget) {
        String symbol = unit.isGrams() ? EmissionsUnit.GRAMS : unit.symbol();
        // The unit is part of each series' name as a source: a live edit of the energy per request goes on with
        // the same recording, and decimated columns in the old unit must not be read back.
        String in = " in " + unit;
        List<ChartSeries> series = new ArrayList<>(List.of(
                new ChartSeries("emissions", values(run, "emissions" + in, t -> unit.convert(run.emissions(t))),
                        UiColors.EMISSIONS, Renderers.BARS, AxisSide.LEFT),
                new ChartSeries("p100", values(run, "p100" + in, t -> unit.convert(run.baselineEmissions(t))),
                        UiColors.BASELINE, Renderers.DASHED_LINE, AxisSide.LEFT),
                new ChartSeries("total", converted(run, "total" + in, totals.emissions(run), unit),
                        UiColors.CUMULATIVE, Renderers.LINE, AxisSide.RIGHT),
                new ChartSeries("p100 total", converted(run, "p100 total" + in, totals.baseline(run), unit),
                        UiColors.BASELINE, Renderers.LINE, AxisSide.RIGHT)));
        budget.ifPresent(b -> series.add(budgetLine(run, steps, unit, b, totals.spent())));
        return new ChartData(steps, series, List.of(), List.of(), symbol + "/step", symbol + " total",
                OptionalDouble.of(0), OptionalDouble.empty());
    }

    /** The budget across the whole axis, named with the share spent by the steps so far. */
    static ChartSeries budgetLine(Run run, int steps, EmissionsUnit unit, double budget, double spent) {
        // Short, as the legend shares a line with the others; the hover gives the budget itself.
        String name = "budget" + (budget > 0 ? String.format(Locale.ROOT, ", %.0f %% spent", 100 * spent / budget)
                : "");
        double value = unit.convert(budget);
        return new ChartSeries(name, SeriesValues.from(new Source(run.recording(), "budget " + value + " in " + unit),
                SeriesValues.of(steps, t -> value)), UiColors.TARGET, Renderers.DASHED_LINE, AxisSide.RIGHT);
    }

    /** Running totals in the scenario's unit, still a view of the run's recording. */
    private static SeriesValues converted(Run run, String series, SeriesValues totals, EmissionsUnit unit) {
        return SeriesValues.from(new Source(run.recording(), series),
                SeriesValues.of(totals.length(), t -> unit.convert(totals.at(t))));
    }

    /**
     * A view of the run's steps so far, read from the run itself, with the recording and the series as its
     * source: the charts of a live run's next frame then decimate only its new steps.
     */
    static SeriesValues values(Run run, String series, IntToDoubleFunction f) {
        return SeriesValues.from(new Source(run.recording(), series), SeriesValues.of(run.steps(), f));
    }

    /** One series of one recording. */
    private record Source(Object recording, String series) {
    }

    /** The colour of a flavour everywhere in the app: by its position in the scenario. */
    public static SeriesColor flavourColor(List<FlavourProfile> flavours, String name) {
        for (int i = 0; i < flavours.size(); i++) {
            if (flavours.get(i).name().equals(name)) {
                return UiColors.flavour(i);
            }
        }
        return UiColors.flavour(flavours.size());
    }
}
