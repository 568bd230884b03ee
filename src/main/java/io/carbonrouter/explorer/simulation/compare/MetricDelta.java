package io.carbonrouter.explorer.simulation.compare;

/** One metric of a pinned run beside the same metric of the current run. */
public record MetricDelta(Metric metric, double pinned, double current) {

    /** Current minus pinned; NaN when either is undefined. */
    public double difference() {
        return current - pinned;
    }

    /** Whether the change is an improvement, a setback or neither (no change, or no better direction). */
    public Verdict verdict() {
        double d = difference();
        if (Double.isNaN(d) || Math.abs(d) < 1e-12 || metric.direction() == Metric.Direction.NEUTRAL) {
            return Verdict.SAME;
        }
        boolean up = d > 0;
        return up == (metric.direction() == Metric.Direction.HIGHER_IS_BETTER) ? Verdict.BETTER : Verdict.WORSE;
    }

    /** The difference as people read it, such as {@code +3.2 pp}. */
    public String formattedDifference() {
        return metric.formatDifference(difference());
    }

    public enum Verdict { BETTER, WORSE, SAME }
}
