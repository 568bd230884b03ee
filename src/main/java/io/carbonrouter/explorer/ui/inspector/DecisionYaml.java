package io.carbonrouter.explorer.ui.inspector;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.PolicyConfig;
import io.carbonrouter.explorer.simulation.KeyedSeries;
import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.common.Formats;

import java.util.Map;

/**
 * One step's decision in the shape of a TrafficSchedule {@code status} (the CRD's field names and types:
 * numbers the CRD types as strings are quoted, weights and precisions are integer percent).
 */
final class DecisionYaml {

    private DecisionYaml() {
    }

    static String of(Scenario scenario, Run run, int t) {
        StringBuilder y = new StringBuilder("status:\n");
        PolicyConfig c = scenario.config();
        line(y, 1, "activePolicy", run.policy());
        line(y, 1, "carbonForecastNow", quoted(run.intensity(t)));
        line(y, 1, "creditBalance", quoted(run.balance(t)));
        line(y, 1, "creditMax", quoted(c.creditMax()));
        line(y, 1, "creditMin", quoted(c.creditMin()));
        line(y, 1, "creditTarget", quoted(c.targetError()));
        line(y, 1, "creditVelocity", quoted(run.velocity(t)));
        diagnostics(y, run.diagnostics().at(t));
        ceilings(y, run.ceilings().at(t));
        flavours(y, scenario, run, t);
        line(y, 1, "processingThrottle", quoted(run.throttle(t)));
        scenario.deployment().validFor().ifPresent(seconds ->
                line(y, 1, "validUntil", "\"" + run.timeOf(t).plusSeconds(seconds) + "\""));
        return y.toString();
    }

    private static void diagnostics(StringBuilder y, Map<String, Double> values) {
        if (values.isEmpty()) {
            line(y, 1, "diagnostics", "{}");
            return;
        }
        line(y, 1, "diagnostics", "");
        values.forEach((k, v) -> line(y, 2, k, v == null ? "null" : quoted(v)));
    }

    private static void ceilings(StringBuilder y, Map<String, Double> values) {
        if (values.isEmpty()) {
            line(y, 1, "effectiveReplicaCeilings", "{}");
            return;
        }
        line(y, 1, "effectiveReplicaCeilings", "");
        values.forEach((k, v) -> line(y, 2, k, v == null ? "null" : String.valueOf(Math.round(v))));
    }

    /**
     * Every flavour the strategy gave a key, in its order. The CRD names flavours by precision only, so the
     * name goes in a comment; emissions are the step's intensity times the flavour's carbon factor.
     */
    private static void flavours(StringBuilder y, Scenario scenario, Run run, int t) {
        KeyedSeries integers = run.flavourWeights();
        line(y, 1, "flavours", "");
        for (int k = 0; k < integers.names().size(); k++) {
            if (!integers.has(t, k)) {
                continue;
            }
            String name = integers.names().get(k);
            FlavourProfile f = scenario.flavours().stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElse(new FlavourProfile(name, 1.0, 0.0, true));
            y.append("  - precision: ").append((long) Math.rint(f.precision() * 100)).append("  # ").append(name)
                    .append('\n');
            line(y, 2, "weight", String.valueOf(Math.round(integers.value(t, k))));
            line(y, 2, "emissions", quoted(run.intensity(t) * f.carbonIntensity()));
        }
    }

    private static void line(StringBuilder y, int depth, String key, String value) {
        y.append("  ".repeat(depth)).append(key).append(':');
        if (!value.isEmpty()) {
            y.append(' ').append(value);
        }
        y.append('\n');
    }

    private static String quoted(double v) {
        return "\"" + Formats.number(v, 6) + "\"";
    }
}
