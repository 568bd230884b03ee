package io.carbonrouter.explorer.ui.chart.skin;

/** The edits the curve editor makes, as pure functions: each returns a new array and leaves its input alone. */
final class CurveEdits {

    private CurveEdits() {
    }

    /** A copy of {@code values} with {@code step} set to {@code value} (at least 0). */
    static double[] set(double[] values, int step, double value) {
        double[] v = values.clone();
        v[step] = Math.max(0, value);
        return v;
    }

    /**
     * A copy of {@code values} whose steps {@code lo..hi} (inclusive, clipped to the array) lie on the straight
     * line from ({@code posA}, {@code valueA}) to ({@code posB}, {@code valueB}), held level past its ends:
     * a freehand stroke between two mouse events, whatever steps the mouse skipped.
     */
    static double[] line(double[] values, int lo, int hi, double posA, double valueA, double posB, double valueB) {
        double[] v = values.clone();
        for (int i = Math.max(0, lo); i <= Math.min(hi, v.length - 1); i++) {
            double t = posA == posB ? 1 : Math.max(0, Math.min(1, (i - posA) / (posB - posA)));
            v[i] = Math.max(0, valueA + t * (valueB - valueA));
        }
        return v;
    }
}
