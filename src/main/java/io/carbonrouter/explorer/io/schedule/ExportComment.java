package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.simulation.Scenario;

/**
 * The comment block above an exported TrafficSchedule: where it came from, and the scenario's settings that
 * the CRD has no field for, so a reader of the YAML knows what the explored run assumed.
 */
final class ExportComment {

    private ExportComment() {
    }

    static void write(Scenario s, StringBuilder out) {
        String from = s.name().isBlank() ? "a scenario" : "the scenario \"" + CrdValues.commentText(s.name()) + "\"";
        out.append("# TrafficSchedule exported by Policy Explorer from ").append(from).append(".\n")
                .append("# Explorer settings with no TrafficSchedule field (kubectl apply does not carry them):\n");
        setting(out, "creditSensitivity", CrdValues.decimal(s.config().creditSensitivity()));
        setting(out, "initialBalance", CrdValues.decimal(s.initialBalance()));
        setting(out, "horizonSlots", Integer.toString(s.horizonSlots()));
        setting(out, "slotMinutes", CrdValues.decimal(s.slotMinutes()));
        if (s.seed() != 0) {
            setting(out, "seed", s.seed() + " (used by the random strategy)");
        }
        for (ComponentBound b : s.componentBounds()) {
            if (!TrafficScheduleExporter.COMPONENTS.contains(b.component())) {
                setting(out, "componentBounds." + CrdValues.commentText(b.component()),
                        describe(b) + " (the CRD bounds only router, consumer and target)");
            }
        }
        out.append("# Flavours are not part of a TrafficSchedule: the operator discovers them from the Deployment\n"
                + "# labels carbonstat.precision and carbonstat.emissions (export --labels prints the commands).\n");
    }

    private static void setting(StringBuilder out, String key, String value) {
        out.append("#   ").append(key).append(": ").append(value).append('\n');
    }

    private static String describe(ComponentBound b) {
        return "min " + (b.min().isPresent() ? b.min().getAsInt() : "none")
                + ", max " + (b.max().isPresent() ? b.max().getAsInt() : "none");
    }
}
