package io.carbonrouter.explorer.simulation.compare;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The metrics a comparison or a sweep reports per strategy, in column order, with the keys the JSON and
 * CSV output use ({@link io.carbonrouter.explorer.simulation.RunMetrics}, plus the regret against the offline optimum).
 */
public enum Metric {
    SAVINGS("savings", "Savings", Unit.SHARE, Direction.HIGHER_IS_BETTER, r -> r.metrics().savings()),
    MEAN_PRECISION("meanPrecision", "Mean precision", Unit.SHARE, Direction.HIGHER_IS_BETTER,
            r -> r.metrics().meanPrecision()),
    MIN_PRECISION("minPrecision", "Min precision", Unit.SHARE, Direction.HIGHER_IS_BETTER,
            r -> r.metrics().minPrecision()),
    SHARE_BELOW_TARGET("shareBelowTarget", "Below target", Unit.SHARE, Direction.LOWER_IS_BETTER,
            r -> r.metrics().shareBelowTarget()),
    FINAL_BALANCE("finalBalance", "Final balance", Unit.NUMBER, Direction.NEUTRAL,
            r -> r.metrics().finalBalance()),
    MIN_BALANCE("minBalance", "Min balance", Unit.NUMBER, Direction.HIGHER_IS_BETTER,
            r -> r.metrics().minBalance()),
    SHARE_AT_DEBT_LIMIT("shareAtDebtLimit", "At debt limit", Unit.SHARE, Direction.LOWER_IS_BETTER,
            r -> r.metrics().shareAtDebtLimit()),
    MEAN_THROTTLE("meanThrottle", "Mean throttle", Unit.SHARE, Direction.NEUTRAL,
            r -> r.metrics().meanThrottle()),
    REGRET("regret", "Regret", Unit.POINTS, Direction.LOWER_IS_BETTER, MetricRow::regret),
    IDEAL_SHARE("idealShare", "Ideal share", Unit.SHARE, Direction.HIGHER_IS_BETTER, MetricRow::idealShare);

    /** How a value reads: a share of something (shown in %), a difference of shares (in points), a number. */
    public enum Unit { SHARE, POINTS, NUMBER }

    /** Which way is an improvement, for colouring differences; NEUTRAL when it depends on the goal. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL }

    private final String key;
    private final String label;
    private final Unit unit;
    private final Direction direction;
    private final ToDoubleFunction<MetricRow> value;

    Metric(String key, String label, Unit unit, Direction direction, ToDoubleFunction<MetricRow> value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.direction = direction;
        this.value = value;
    }

    /** The JSON key and CSV column name. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    /** The metric of a row; NaN when undefined (no demand at all, say). */
    public double of(MetricRow row) {
        return value.applyAsDouble(row);
    }

    /** The value as people read it: {@code 42.5 %}, {@code 1.3 pp} or {@code -0.25}. */
    public String format(double v) {
        return switch (unit) {
            case SHARE -> Percent.of(v);
            case POINTS -> points(v);
            case NUMBER -> number(v);
        };
    }

    /** A difference of two values as people read it: shares differ in points, numbers in numbers. */
    public String formatDifference(double d) {
        String s = unit == Unit.NUMBER ? number(d) : points(d);
        return d > 0 ? "+" + s : s;
    }

    private static String points(double v) {
        return Double.isFinite(v) ? Percent.of(v).replace(" %", " pp") : "n/a";
    }

    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.equals("-0.000") ? "0.000" : s;
    }
}
