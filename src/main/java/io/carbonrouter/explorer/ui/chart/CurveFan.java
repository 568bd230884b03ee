package io.carbonrouter.explorer.ui.chart;

import java.util.Arrays;

/**
 * A second curve over a {@link CurveEditor}'s, starting at step {@code from}, such as the forecast as issued
 * there: the line itself, and bands at {@code mid} plus and minus one and two {@code spread} (none when every
 * spread is 0). All three arrays have one value per step from {@code from} on.
 */
public record CurveFan(int from, double[] line, double[] mid, double[] spread) {

    public CurveFan {
        if (from < 0 || line.length != mid.length || line.length != spread.length) {
            throw new IllegalArgumentException("fan from " + from + " needs equal lengths, got " + line.length
                    + ", " + mid.length + ", " + spread.length);
        }
        line = line.clone();
        mid = mid.clone();
        spread = spread.clone();
    }

    @Override
    public double[] line() {
        return line.clone();
    }

    @Override
    public double[] mid() {
        return mid.clone();
    }

    @Override
    public double[] spread() {
        return spread.clone();
    }

    /** Whether there is a spread to draw bands for. */
    public boolean hasBands() {
        return Arrays.stream(spread).anyMatch(s -> s > 0);
    }

    /** The highest value the fan reaches, its top band included. */
    public double top() {
        double max = 0;
        for (int k = 0; k < line.length; k++) {
            max = Math.max(max, Math.max(line[k], mid[k] + 2 * spread[k]));
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CurveFan f && from == f.from && Arrays.equals(line, f.line)
                && Arrays.equals(mid, f.mid) && Arrays.equals(spread, f.spread);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * from + Arrays.hashCode(line)) + Arrays.hashCode(mid)) + Arrays.hashCode(spread);
    }

    @Override
    public String toString() {
        return "CurveFan[from=" + from + ", steps=" + line.length + "]";
    }
}
