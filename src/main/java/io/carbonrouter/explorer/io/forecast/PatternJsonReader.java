package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;

import java.util.List;
import java.util.Set;

/**
 * The carbonrouter mock carbon API's pattern ({@code experiments/mock-carbon-api.py}): {@code {"pattern": [...],
 * "repeat": bool, "metadata": {"interval": "30min"}}} or a bare list of values, one value per slot and no
 * timestamps. Read as the mock serves it: without {@code metadata.interval} a point lasts 15 s (its
 * {@code STEP_MINUTES = 0.25}) and without {@code repeat} the pattern repeats ({@code load_custom_scenario}).
 * A pattern of {@code {"time", "intensity"}} entries ({@code carbon_scenario_autoscaling.json}) is read by
 * {@link TimedPatternReader}. {@code scenario} and {@code description} are its labels.
 */
final class PatternJsonReader {

    /** The mock's {@code --step-minutes} default. */
    static final double MOCK_STEP_MINUTES = 0.25;

    private static final Set<String> KNOWN = Set.of("pattern", "repeat", "metadata", "scenario", "description",
            "name");

    private PatternJsonReader() {
    }

    static ImportedForecast read(Node root, String source) {
        if (root.kind() == Kind.ARRAY) {
            return values(root.items(), "pattern", source, new JsonValues(), MOCK_STEP_MINUTES, true);
        }
        Node pattern = root.get("pattern");
        if (TimedPatternReader.isTimed(pattern)) {
            return TimedPatternReader.read(root, source);
        }
        JsonValues values = new JsonValues();
        FieldReader in = values.reader();
        in.warnUnknown(root, "", KNOWN);
        List<Node> items = values.list(root, "pattern", "pattern");
        boolean repeat = repeat(root, in);
        return values(items, "pattern", source, values, slotMinutes(root.get("metadata"), in), repeat);
    }

    /** The pattern's {@code repeat}; absent, true as the mock defaults it, and the user is told. */
    static boolean repeat(Node root, FieldReader in) {
        Node repeat = root.get("repeat");
        if (repeat == null) {
            in.warnings().add("no repeat: the pattern repeats, as the mock carbon API serves it");
        }
        return in.bool(repeat, "repeat", true);
    }

    private static ImportedForecast values(List<Node> items, String path, String source, JsonValues values,
                                           double slotMinutes, boolean repeat) {
        double[] pattern = new double[items.size()];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = values.value(items.get(i), path + "[" + i + "]");
            Curves.inRange(pattern[i], path + "[" + i + "]", items.get(i).where(), values.reader().problems());
        }
        return Curves.untimed(source, pattern, slotMinutes, repeat, values.warnings(), values.reader().problems());
    }

    private static double slotMinutes(Node metadata, FieldReader in) {
        Node interval = metadata == null || metadata.kind() != Kind.OBJECT ? null : metadata.get("interval");
        if (interval == null) {
            in.warnings().add("no metadata.interval: 15-second slots, as the mock carbon API serves a pattern");
            return MOCK_STEP_MINUTES;
        }
        if (interval.kind() != Kind.STRING) {
            in.problem("metadata.interval", interval, interval.text() + " has no unit; write it as 15s, 5min,"
                    + " 30min, 1h or PT30M");
            return MOCK_STEP_MINUTES;
        }
        try {
            return Intervals.minutes(interval.text());
        } catch (IllegalArgumentException e) {
            in.problem("metadata.interval", interval, e.getMessage());
            return MOCK_STEP_MINUTES;
        }
    }

    /** Whether a JSON document is a bare list of pattern values, as the mock's {@code --file} also takes. */
    static boolean isBareList(Node root) {
        return root.kind() == Kind.ARRAY && root.items().stream()
                .allMatch(n -> n.kind() == Kind.NUMBER || n.kind() == Kind.NULL);
    }
}
