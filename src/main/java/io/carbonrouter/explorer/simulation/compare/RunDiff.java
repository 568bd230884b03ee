package io.carbonrouter.explorer.simulation.compare;

import java.util.ArrayList;
import java.util.List;

/** The metric-by-metric difference between a pinned run and the current one (current minus pinned). */
public record RunDiff(String pinnedPolicy, String currentPolicy, List<MetricDelta> deltas) {

    public RunDiff {
        deltas = List.copyOf(deltas);
    }

    public static RunDiff between(MetricRow pinned, MetricRow current) {
        List<MetricDelta> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            out.add(new MetricDelta(m, m.of(pinned), m.of(current)));
        }
        return new RunDiff(pinned.policy(), current.policy(), out);
    }

    public MetricDelta delta(Metric metric) {
        return deltas.get(metric.ordinal());
    }
}
