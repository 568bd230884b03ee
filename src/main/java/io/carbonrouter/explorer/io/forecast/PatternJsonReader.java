package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;

import java.util.List;
import java.util.Set;

/**
 * The carbonrouter mock-provider pattern: {@code {"pattern": [...], "repeat": bool, "metadata": {"interval":
 * "30min"}}}, one value per slot and no timestamps. {@code scenario} and {@code description} are its labels.
 */
final class PatternJsonReader {

    private static final Set<String> KNOWN = Set.of("pattern", "repeat", "metadata", "scenario", "description");

    private PatternJsonReader() {
    }

    static ImportedForecast read(Node root, String source) {
        JsonValues values = new JsonValues();
        FieldReader in = values.reader();
        in.warnUnknown(root, "", KNOWN);
        List<Node> items = values.list(root, "pattern", "pattern");
        double[] pattern = new double[items.size()];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = values.value(items.get(i), "pattern[" + i + "]");
            Curves.inRange(pattern[i], "pattern[" + i + "]", items.get(i).where(), in.problems());
        }
        boolean repeat = in.bool(root.get("repeat"), "repeat", false);
        int slot = slotMinutes(root.get("metadata"), in);
        return Curves.untimed(source, pattern, slot, repeat, values.warnings(), in.problems());
    }

    private static int slotMinutes(Node metadata, FieldReader in) {
        Node interval = metadata == null || metadata.kind() != Kind.OBJECT ? null : metadata.get("interval");
        if (interval == null) {
            in.warnings().add("no metadata.interval: assuming " + SlotGrid.DEFAULT_SLOT_MINUTES + "-minute slots");
            return SlotGrid.DEFAULT_SLOT_MINUTES;
        }
        if (interval.kind() != Kind.STRING) {
            in.problem("metadata.interval", interval, interval.text() + " has no unit; write it as 5min,"
                    + " 30min, 1h or PT30M");
            return SlotGrid.DEFAULT_SLOT_MINUTES;
        }
        try {
            return Intervals.minutes(interval.text());
        } catch (IllegalArgumentException e) {
            in.problem("metadata.interval", interval, e.getMessage());
            return SlotGrid.DEFAULT_SLOT_MINUTES;
        }
    }
}
