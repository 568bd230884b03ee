package io.carbonrouter.explorer.io.schedule;

import io.carbonrouter.explorer.io.InputException;
import io.carbonrouter.explorer.io.LocatedTree.Kind;
import io.carbonrouter.explorer.io.LocatedTree.Node;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A YAML stream of several documents (a manifest with a Deployment and a TrafficSchedule, say): the one
 * TrafficSchedule is imported and the other documents are named in a warning; none or several are refused.
 */
final class Documents {

    private static final String KIND = "TrafficSchedule";

    private Documents() {
    }

    static ImportResult pickSchedule(List<Node> documents, String source, Scenario base) {
        List<Integer> schedules = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Node d = documents.get(i);
            if (KIND.equals(kind(d))) {
                schedules.add(i + 1);
            } else {
                others.add("document " + (i + 1) + " (" + describe(d) + ", " + d.where() + ")");
            }
        }
        if (schedules.size() != 1) {
            throw new InputException(source + ": " + documents.size() + " documents, " + schedules.size()
                    + " of them a TrafficSchedule" + (schedules.isEmpty() ? "" : " (documents " + schedules
                    .stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                    + "; give a file with exactly one TrafficSchedule");
        }
        ImportResult read = new ScheduleReader(source, base).read(documents.get(schedules.get(0) - 1));
        List<String> warnings = new ArrayList<>(read.warnings());
        warnings.add(0, "imported document " + schedules.get(0) + ", the TrafficSchedule; skipped "
                + String.join(", ", others));
        return new ImportResult(read.scenario(), read.ignored(), warnings);
    }

    private static String kind(Node d) {
        Node kind = d.kind() == Kind.OBJECT ? d.get("kind") : null;
        return kind == null ? null : kind.text();
    }

    private static String describe(Node d) {
        String kind = kind(d);
        return kind == null ? "no kind" : "kind " + kind;
    }
}
