package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One step's decision exactly as the operator writes it into the TrafficSchedule's {@code status}, laid out as
 * {@code kubectl get trafficschedule -o yaml} prints it (keys sorted, list items at their key's indent), so the
 * two can be diffed. Numbers the status types as strings are Go's shortest form; precisions are integer percent.
 */
public final class PublishedStatus {

    /** The engine's validFor when the resource sets none (SCHEDULE_VALID_FOR). */
    static final int DEFAULT_VALID_FOR = 60;

    private PublishedStatus() {
    }

    /** The {@code status:} block of step {@code t} of a run of {@code scenario}. */
    public static String of(Scenario scenario, Run run, int t) {
        if (t < 0 || t >= run.steps()) {
            throw new IllegalArgumentException("step " + t + " is outside the run's 0.." + (run.steps() - 1));
        }
        StringBuilder y = new StringBuilder("status:\n");
        line(y, 1, "activePolicy", CrdValues.plainOrQuoted(run.policy()));
        number(y, 1, "creditBalance", run.balance(t));
        number(y, 1, "creditMax", scenario.config().creditMax());
        number(y, 1, "creditMin", scenario.config().creditMin());
        number(y, 1, "creditTarget", scenario.config().targetError());
        number(y, 1, "creditVelocity", run.velocity(t));
        diagnostics(y, run.diagnostics().at(t));
        ceilings(y, run.ceilings().at(t));
        flavours(y, scenario, run, t);
        if (run.throttle(t) > 0) {
            number(y, 1, "processingThrottle", run.throttle(t));
        }
        line(y, 1, "routingEvaluator", routingEvaluator(scenario));
        line(y, 1, "validUntil", "\"" + validUntil(scenario, run, t) + "\"");
        return y.toString();
    }

    /** {@code consumer} when the resource's evaluator says so (any case, spaces trimmed), else {@code router}. */
    static String routingEvaluator(Scenario scenario) {
        return scenario.deployment().evaluator()
                .filter(e -> e.strip().toLowerCase(Locale.ROOT).equals("consumer")).map(e -> "consumer")
                .orElse("router");
    }

    /** The engine keeps a decision for validFor seconds, but no longer than the current forecast slot. */
    private static String validUntil(Scenario scenario, Run run, int t) {
        long validFor = scenario.deployment().validFor().orElse(DEFAULT_VALID_FOR);
        long millis = Math.round(Math.min(validFor, run.slotMinutes() * 60.0) * 1000.0);
        Instant until = run.timeOf(t).plusMillis(millis).truncatedTo(ChronoUnit.SECONDS);
        return DateTimeFormatter.ISO_INSTANT.format(until);
    }

    /** The engine sends diagnostics as JSON numbers; the operator reads a null as 0. */
    private static void diagnostics(StringBuilder y, Map<String, Double> values) {
        if (values.isEmpty()) {
            return;
        }
        line(y, 1, "diagnostics", "");
        new TreeMap<>(values).forEach((k, v) -> number(y, 2, CrdValues.plainOrQuoted(k), v == null ? 0.0 : v));
    }

    private static void ceilings(StringBuilder y, Map<String, Double> values) {
        Map<String, Long> ceilings = new TreeMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                ceilings.put(k, Math.round(v));
            }
        });
        if (ceilings.isEmpty()) {
            return;
        }
        line(y, 1, "effectiveReplicaCeilings", "");
        ceilings.forEach((k, v) -> line(y, 2, CrdValues.plainOrQuoted(k), Long.toString(v)));
    }

    /** Every flavour of the scenario, disabled ones with weight 0, by precision ascending. */
    private static void flavours(StringBuilder y, Scenario scenario, Run run, int t) {
        line(y, 1, "flavours", "");
        List<FlavourProfile> sorted = scenario.flavours().stream()
                .sorted(Comparator.comparingLong(f -> FlavourLabels.percent(f.precision()))).toList();
        for (FlavourProfile f : sorted) {
            y.append("  - emissions: \"").append(GoFloat.format(f.carbonIntensity())).append("\"\n");
            line(y, 2, "precision", Long.toString(FlavourLabels.percent(f.precision())));
            line(y, 2, "weight", Long.toString(weight(run, t, f)));
        }
    }

    private static long weight(Run run, int t, FlavourProfile f) {
        int k = run.flavourWeights().indexOf(f.name());
        if (!f.enabled() || k < 0 || !run.flavourWeights().has(t, k)) {
            return 0;
        }
        double w = run.flavourWeights().value(t, k);
        return Double.isNaN(w) ? 0 : Math.round(w);
    }

    private static void number(StringBuilder y, int depth, String key, double v) {
        line(y, depth, key, "\"" + GoFloat.format(v) + "\"");
    }

    private static void line(StringBuilder y, int depth, String key, String value) {
        y.append("  ".repeat(depth)).append(key).append(':');
        if (!value.isEmpty()) {
            y.append(' ').append(value);
        }
        y.append('\n');
    }
}
