package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree;
import io.carbonrouter.explorer.io.ScenarioFiles;
import io.carbonrouter.explorer.io.YamlSupport;
import io.carbonrouter.explorer.simulation.DeploymentSettings;
import io.carbonrouter.explorer.simulation.Scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a {@code TrafficSchedule} (JSON or YAML) into a scenario: what {@code kubectl get trafficschedule NAME
 * -o yaml} prints, a hand-written resource, the older {@code spec.policy} shorthand and the older
 * {@code carbonrouter.belgio99.io} group. The scheduler settings and router / consumer / target replica bounds
 * carry over onto a base scenario; everything else is listed as ignored or warned about. YAML is read with the
 * limits of {@link YamlSupport} (size, nesting depth, no aliases).
 */
public final class TrafficScheduleImporter {

    public static final String CURRENT_API_VERSION = TrafficScheduleExporter.API_VERSION;
    public static final String OLDER_API_VERSION = "carbonrouter.belgio99.io/v1alpha1";
    private static final String DEFAULT_CURVE = "/sample-data/scenarios/winter-day.yaml";

    private TrafficScheduleImporter() {
    }

    /** Reads a file onto {@link #defaultBase()}. */
    public static ImportResult read(Path file) {
        return read(file, defaultBase());
    }

    /**
     * Reads a file onto {@code base}: the base keeps its flavours, curves and the settings a TrafficSchedule
     * has no field for (creditSensitivity, horizon, ...); everything the CRD has a field for (scheduler
     * settings, policy, router / consumer / target bounds) comes from the resource, with the engine defaults
     * for what it leaves out, as the operator would run it.
     *
     * @throws InputException naming the file, field, line and column of the first problems
     */
    public static ImportResult read(Path file, Scenario base) {
        return parse(YamlSupport.readInput(file), YamlSupport.sourceName(file), base);
    }

    /** Parses TrafficSchedule text onto {@link #defaultBase()}; {@code sourceName} names it in messages. */
    public static ImportResult parse(String text, String sourceName) {
        return parse(text, sourceName, defaultBase());
    }

    public static ImportResult parse(String text, String sourceName, Scenario base) {
        List<LocatedTree.Node> documents = LocatedTree.parseDocuments(text, sourceName);
        if (documents.size() == 1) {
            return new ScheduleReader(sourceName, base).read(documents.get(0));
        }
        return Documents.pickSchedule(documents, sourceName, base);
    }

    /**
     * What an imported resource lands on when there is no scenario to import into: the default flavours and
     * engine settings, and the built-in sample's curve (a TrafficSchedule has no curve of its own).
     */
    public static Scenario defaultBase() {
        Scenario sample = ScenarioFiles.readResource(DEFAULT_CURVE);
        return Scenario.builder()
                .intensity(sample.intensity())
                .demand(sample.demand())
                .slotMinutes(sample.slotMinutes())
                .start(sample.start())
                .repeat(sample.repeat())
                .steps(sample.steps())
                .horizonSlots(sample.horizonSlots())
                .deployment(DeploymentSettings.NONE)
                .componentBounds(List.of())
                .build();
    }
}
