package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.io.FieldReader;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A pattern of {@code {"time", "intensity"}} entries, time in seconds from the start, as upstream's
 * {@code experiments/carbon_scenario_autoscaling.json} writes it ({@code "interval_seconds": 5}). The slot is
 * {@code interval_seconds}, else the spacing of the first two entries; a time between two slots is refused, a
 * skipped slot is a gap, filled. Like a plain pattern, it repeats unless {@code repeat} says otherwise.
 */
final class TimedPatternReader {

    private static final Set<String> KNOWN = Set.of("pattern", "repeat", "scenario", "description", "name",
            "duration_minutes", "interval_seconds", "notes");

    private TimedPatternReader() {
    }

    /** Whether a pattern list holds {@code {"time", "intensity"}} entries (judged by its first). */
    static boolean isTimed(Node pattern) {
        return pattern != null && pattern.kind() == Kind.ARRAY && !pattern.items().isEmpty()
                && pattern.items().get(0).kind() == Kind.OBJECT && pattern.items().get(0).get("time") != null;
    }

    static ImportedForecast read(Node root, String source) {
        JsonValues values = new JsonValues();
        FieldReader in = values.reader();
        in.warnUnknown(root, "", KNOWN);
        List<Node> items = root.get("pattern").items();
        long[] times = new long[items.size()];
        double[] intensity = new double[items.size()];
        for (int i = 0; i < times.length; i++) {
            Node entry = items.get(i);
            String path = "pattern[" + i + "]";
            if (!in.isObject(entry, path)) {
                continue;
            }
            Long t = in.wholeNumber(entry.get("time"), path + ".time", null);
            times[i] = t == null ? -1 : t;
            if (entry.get("time") == null) {
                in.problem(path + ".time", entry, "is missing");
            } else if (t != null && (t < 0 || i > 0 && t <= times[i - 1])) {
                in.problem(path + ".time", entry.get("time"), "must be seconds >= 0 after the previous entry's, got "
                        + t);
            }
            intensity[i] = values.value(entry.get("intensity"), path + ".intensity");
        }
        Curves.failOn(source, in.problems());
        long slot = slotSeconds(root, times, in);
        double[] grid = onGrid(times, intensity, slot, items, in);
        return Curves.untimed(source, grid, slot / 60.0, PatternJsonReader.repeat(root, in), values.warnings(),
                in.problems());
    }

    private static long slotSeconds(Node root, long[] times, FieldReader in) {
        Node declared = root.get("interval_seconds");
        if (declared != null) {
            Long s = in.wholeNumber(declared, "interval_seconds", null);
            if (s != null && s >= 1) {
                return s;
            }
            in.problem("interval_seconds", declared, "must be a whole number of seconds >= 1");
        }
        return times.length > 1 ? times[1] - times[0] : 60;
    }

    /** One value per slot from the first entry's time on; NaN where no entry falls. */
    private static double[] onGrid(long[] times, double[] intensity, long slot, List<Node> items, FieldReader in) {
        long span = (times[times.length - 1] - times[0]) / slot;
        if (span >= SlotGrid.MAX_SLOTS) {
            in.problem("pattern", items.get(items.size() - 1), "the times span more than " + SlotGrid.MAX_SLOTS
                    + " slots of " + slot + " s");
            return new double[0];
        }
        double[] grid = new double[(int) span + 1];
        Arrays.fill(grid, Double.NaN);
        for (int i = 0; i < times.length; i++) {
            long offset = times[i] - times[0];
            if (offset % slot != 0) {
                in.problem("pattern[" + i + "].time", items.get(i).get("time"), times[i] + " s is not on the "
                        + slot + "-second slots that start at " + times[0] + " s");
            } else {
                grid[(int) (offset / slot)] = intensity[i];
            }
        }
        int skipped = grid.length - times.length;
        if (skipped > 0 && in.problems().isEmpty()) {
            in.warnings().add(skipped + " slot" + (skipped == 1 ? " has" : "s have") + " no entry (the times skip "
                    + (skipped == 1 ? "it" : "them") + ")");
        }
        return grid;
    }
}
