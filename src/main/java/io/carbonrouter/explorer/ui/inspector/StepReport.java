package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.run.ChartSetBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the step inspector shows for one step of a run: labelled values in sections, and the decision as the
 * engine would publish it in a TrafficSchedule's status.
 */
public record StepReport(List<Row> rows, String decision) {

    /** One line of the inspector; {@code color} is the flavour's for flavour rows, null otherwise. */
    public record Row(String section, String name, String value, SeriesColor color) {
    }

    public static final StepReport EMPTY = new StepReport(List.of(), "");

    public static StepReport of(Scenario scenario, Run run, int t) {
        if (t < 0 || t >= run.steps()) {
            return EMPTY;
        }
        List<Row> rows = new ArrayList<>();
        step(scenario, run, t, rows);
        weights(scenario, run, t, rows);
        ledger(run, t, rows);
        throttle(run, t, rows);
        Map<String, Double> diagnostics = run.diagnostics().at(t);
        diagnostics.forEach((k, v) -> rows.add(row("Diagnostics", k, v == null ? "null" : Formats.number(v, 6))));
        return new StepReport(rows, DecisionYaml.of(scenario, run, t));
    }

    private static void step(Scenario scenario, Run run, int t, List<Row> rows) {
        boolean ticks = !run.clock().perSlot();
        rows.add(row("Step", ticks ? "tick" : "step", (t + 1) + " of " + scenario.clock().ticks()));
        rows.add(row("Step", scenario.start().isPresent() ? "time (UTC)" : "time",
                when(scenario, run.timeOf(t), ticks)));
        if (ticks) {
            loop(scenario, run, t, rows);
        }
        rows.add(row("Step", "actual intensity", Formats.number(run.intensity(t), 2) + " gCO2/kWh"));
        rows.add(row("Step", "forecast intensity", Formats.number(run.forecast(t), 2) + " gCO2/kWh"));
        if (scenario.hasDemand()) {
            rows.add(row("Step", "demand", Formats.number(run.demandWeight(t), 2)));
        }
        rows.add(row("Step", "policy", run.policy()));
    }

    /** The slot a tick decides in, with its time range, and what the ledger was fed before this tick. */
    private static void loop(Scenario scenario, Run run, int t, List<Row> rows) {
        int slot = run.slot(t);
        Instant origin = scenario.start().orElse(Instant.EPOCH);
        Duration length = Duration.ofNanos(Math.round(run.clock().slotSeconds() * 1e9));
        Instant from = origin.plus(length.multipliedBy(slot));
        rows.add(row("Step", "slot", (slot + 1) + "  ·  " + when(scenario, from, false) + " – "
                + when(scenario, from.plus(length), false)));
        double fed = run.realisedPrecision(t);
        rows.add(row("Step", "realised precision", Double.isNaN(fed) ? "no feedback this tick"
                : Formats.percent(fed)));
    }

    /** A time as the scenario counts it (UTC, or an offset from the start); ticks come seconds apart. */
    private static String when(Scenario scenario, Instant at, boolean seconds) {
        String time = scenario.start().isPresent() ? Formats.time(at)
                : "+" + formatOffset(Duration.between(Instant.EPOCH, at));
        return seconds ? time + String.format(":%02d", at.atZone(ZoneOffset.UTC).getSecond()) : time;
    }

    private static String formatOffset(Duration d) {
        long days = d.toDays();
        return (days > 0 ? days + "d " : "") + String.format("%02d:%02d", d.toHoursPart(), d.toMinutesPart());
    }

    private static void weights(Scenario scenario, Run run, int t, List<Row> rows) {
        KeyedSeries w = run.weights();
        KeyedSeries integers = run.flavourWeights();
        for (int k = 0; k < w.names().size(); k++) {
            if (!w.has(t, k)) {
                continue;
            }
            String name = w.names().get(k);
            double share = w.value(t, k);
            long whole = Math.round(integers.value(t, name));
            SeriesColor color = ChartSetBuilder.flavourColor(scenario.flavours(), name);
            rows.add(new Row("Weights", name, Formats.percent(share) + "  ·  " + whole, color));
        }
        for (FlavourProfile f : scenario.flavours()) {
            if (!f.enabled()) {
                rows.add(new Row("Weights", f.name(), "disabled",
                        ChartSetBuilder.flavourColor(scenario.flavours(), f.name())));
            }
        }
    }

    private static void ledger(Run run, int t, List<Row> rows) {
        rows.add(row("Ledger", "avg precision", Formats.percent(run.avgPrecision(t))));
        rows.add(row("Ledger", "target precision", Formats.percent(run.targetPrecision(t))));
        rows.add(row("Ledger", "balance", Formats.number(run.balance(t), 6)));
        rows.add(row("Ledger", "velocity", Formats.number(run.velocity(t), 6)));
    }

    private static void throttle(Run run, int t, List<Row> rows) {
        rows.add(row("Throttle", "throttle", Formats.number(run.throttle(t), 4)));
        rows.add(row("Throttle", "credits ratio", Formats.number(run.creditsRatio(t), 4)));
        rows.add(row("Throttle", "intensity ratio", Formats.number(run.intensityRatio(t), 4)));
        run.ceilings().at(t).forEach((k, v) -> rows.add(row("Throttle", k + " ceiling",
                v == null ? "none" : String.valueOf(Math.round(v)))));
    }

    private static Row row(String section, String name, String value) {
        return new Row(section, name, value, null);
    }
}
