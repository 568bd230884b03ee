package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;

import java.util.Arrays;

/**
 * Reduces the steps {@code from..to} (end exclusive) of a series to one value or envelope per pixel column, so a
 * chart never draws more points than it has pixels. Column {@code c} covers the steps from
 * {@link #columnStart columnStart(c)} up to {@code columnStart(c + 1)}. Steps past the series' length and
 * non-finite values are gaps. Series are read where they lie ({@link SeriesValues}), step by step.
 */
public final class Decimator {

    private Decimator() {
    }

    /** The first step of {@code column} when {@code from..to} is spread over {@code columns} columns. */
    public static int columnStart(int from, int to, int columns, int column) {
        return from + (int) ((long) column * (to - from) / columns);
    }

    /** Min / max / first / last of each column: what a line needs to look the same as drawing every step. */
    public static Envelope envelope(SeriesValues values, int from, int to, int columns) {
        check(from, to, columns);
        double[] min = nans(columns);
        double[] max = nans(columns);
        double[] first = nans(columns);
        double[] last = nans(columns);
        int lo = from;
        for (int c = 0; c < columns; c++) {
            int hi = columnStart(from, to, columns, c + 1);
            int end = Math.min(hi, values.length());
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            double f = Double.NaN;
            double l = Double.NaN;
            for (int i = lo; i < end; i++) {
                double v = values.at(i);
                if (Double.isFinite(v)) {
                    if (f != f) {
                        f = v;
                    }
                    l = v;
                    mn = Math.min(mn, v);
                    mx = Math.max(mx, v);
                }
            }
            if (l == l) {
                min[c] = mn;
                max[c] = mx;
                first[c] = f;
                last[c] = l;
            }
            lo = hi;
        }
        return new Envelope(min, max, first, last);
    }

    /** The mean of the finite values of each column ({@code NaN} for none): what areas and bars need. */
    public static double[] means(SeriesValues values, int from, int to, int columns) {
        check(from, to, columns);
        double[] means = nans(columns);
        int lo = from;
        for (int c = 0; c < columns; c++) {
            int hi = columnStart(from, to, columns, c + 1);
            int end = Math.min(hi, values.length());
            double sum = 0;
            int count = 0;
            for (int i = lo; i < end; i++) {
                double v = values.at(i);
                if (Double.isFinite(v)) {
                    sum += v;
                    count++;
                }
            }
            if (count > 0) {
                means[c] = sum / count;
            }
            lo = hi;
        }
        return means;
    }

    private static void check(int from, int to, int columns) {
        if (columns <= 0 || from < 0 || to < from) {
            throw new IllegalArgumentException("cannot spread steps " + from + ".." + to + " over "
                    + columns + " columns");
        }
    }

    private static double[] nans(int size) {
        double[] a = new double[size];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
