package io.carbonrouter.explorer.simulation.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The values one parameter takes in a sweep: {@code from, from + step, ...} up to {@code to} (included when
 * the steps land on it). The arithmetic is decimal, so {@code 0.1:0.3:0.1} is exactly 0.1, 0.2 and 0.3.
 */
public record SweepRange(SweepParameter parameter, BigDecimal from, BigDecimal to, BigDecimal step, int count) {

    /** Grids beyond this many points are refused, before anything is generated. */
    public static final int MAX_POINTS = 10_000;
    private static final int MAX_DIGITS = 30;

    /** Parses {@code NAME=FROM:TO:STEP}; every mistake gets a one-line {@link SweepSpecException}. */
    public static SweepRange parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new SweepSpecException("'" + text
                    + "': expected NAME=FROM:TO:STEP, such as targetError=0.05:0.3:0.05");
        }
        String name = text.substring(0, eq).trim();
        SweepParameter parameter = SweepParameter.byKey(name).orElseThrow(() -> new SweepSpecException(
                "unknown parameter '" + name + "'; valid: " + SweepParameter.keys()));
        String[] parts = text.substring(eq + 1).split(":", -1);
        if (parts.length != 3) {
            throw new SweepSpecException("'" + text + "': expected " + name + "=FROM:TO:STEP with three numbers");
        }
        BigDecimal from = number(name, "FROM", parts[0]);
        BigDecimal to = number(name, "TO", parts[1]);
        BigDecimal step = number(name, "STEP", parts[2]);
        return of(parameter, from, to, step);
    }

    /** A checked range: positive step, from below to, at least two values, whole numbers where required. */
    public static SweepRange of(SweepParameter parameter, BigDecimal from, BigDecimal to, BigDecimal step) {
        String name = parameter.key();
        if (step.signum() <= 0) {
            throw new SweepSpecException(name + ": the step must be positive, got " + step.toPlainString());
        }
        int order = from.compareTo(to);
        if (order == 0) {
            throw new SweepSpecException(name + ": empty range " + from.toPlainString() + ":" + to.toPlainString()
                    + " (FROM equals TO); to keep it fixed, set it in the scenario instead");
        }
        if (order > 0) {
            throw new SweepSpecException(name + ": inverted range, FROM " + from.toPlainString()
                    + " is above TO " + to.toPlainString() + "; write " + to.toPlainString() + ":"
                    + from.toPlainString() + ":" + step.toPlainString());
        }
        if (parameter.whole() && (!isWhole(from) || !isWhole(step))) {
            throw new SweepSpecException(name + " takes whole numbers; FROM and STEP must be whole, got "
                    + from.toPlainString() + " and " + step.toPlainString());
        }
        BigDecimal steps = to.subtract(from).divide(step, 0, RoundingMode.FLOOR);
        if (steps.signum() == 0) {
            throw new SweepSpecException(name + ": the step " + step.toPlainString() + " is wider than the range "
                    + from.toPlainString() + ":" + to.toPlainString() + ", which would give a single value");
        }
        if (steps.compareTo(BigDecimal.valueOf(MAX_POINTS)) >= 0) {
            throw new SweepSpecException(name + ": " + from.toPlainString() + ":" + to.toPlainString() + ":"
                    + step.toPlainString() + " has more than " + MAX_POINTS + " values; use a larger step");
        }
        return new SweepRange(parameter, from, to, step, steps.intValueExact() + 1);
    }

    /** Value i of the range (0-based). */
    public double value(int i) {
        return from.add(step.multiply(BigDecimal.valueOf(i))).doubleValue();
    }

    @Override
    public String toString() {
        return parameter.key() + "=" + from.toPlainString() + ":" + to.toPlainString() + ":" + step.toPlainString();
    }

    private static BigDecimal number(String name, String part, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new SweepSpecException(name + ": " + part + " is missing; expected " + name + "=FROM:TO:STEP");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new SweepSpecException(name + ": " + part + " '" + t + "' is not a number");
        }
        // Extreme exponents would make the decimal arithmetic huge; no setting needs them.
        if (Math.abs(v.scale()) > MAX_DIGITS || v.precision() > MAX_DIGITS) {
            throw new SweepSpecException(name + ": " + part + " '" + t + "' has too many digits");
        }
        return v;
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }
}
