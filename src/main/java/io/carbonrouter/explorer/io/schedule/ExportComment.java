package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.engine.ComponentBound;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The comment block above an exported TrafficSchedule: where it came from, the engine settings that only the
 * engine's environment carries (with the command that sets them), the explorer's own settings, and the export's
 * warnings, so a reader of the YAML knows what the explored run assumed.
 */
final class ExportComment {

    private ExportComment() {
    }

    static void write(Scenario s, List<EngineSetting> environment, List<String> warnings, StringBuilder out) {
        String from = s.name().isBlank() ? "a scenario" : "the scenario \"" + CrdValues.commentText(s.name()) + "\"";
        out.append("# TrafficSchedule exported by Policy Explorer from ").append(from).append(".\n");
        for (String w : warnings) {
            out.append("# Warning: ").append(CrdValues.commentText(w)).append('\n');
        }
        if (!environment.isEmpty()) {
            out.append("# Engine settings with no TrafficSchedule field are environment variables of the decision"
                    + " engine:\n");
            environment.forEach(e -> out.append("#   ").append(e.variable()).append('=').append(e.value())
                    .append('\n'));
            out.append("# Apply them with:\n#   ").append(setEnvCommand(environment)).append('\n');
        }
        out.append("# Explorer settings with no cluster counterpart:\n");
        setting(out, "initialBalance", GoFloat.format(s.initialBalance()));
        setting(out, "horizonSlots", Integer.toString(s.horizonSlots()));
        setting(out, "slotMinutes", GoFloat.format(s.slotMinutes()));
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
                + "# labels " + FlavourLabels.PARENT + ", " + FlavourLabels.PRECISION + " and "
                + FlavourLabels.EMISSIONS + " (export --labels prints the commands).\n");
    }

    /** The {@code kubectl set env} command that gives the deployed engine these settings. */
    static String setEnvCommand(List<EngineSetting> environment) {
        return "kubectl set env " + DeployedEngine.DEPLOYMENT + " -n " + DeployedEngine.NAMESPACE + " "
                + environment.stream().map(e -> ShellWords.quote(e.variable() + "=" + e.value())).collect(Collectors.joining(" "));
    }

    private static void setting(StringBuilder out, String key, String value) {
        out.append("#   ").append(key).append(": ").append(value).append('\n');
    }

    private static String describe(ComponentBound b) {
        return "min " + (b.min().isPresent() ? b.min().getAsInt() : "none")
                + ", max " + (b.max().isPresent() ? b.max().getAsInt() : "none");
    }
}
