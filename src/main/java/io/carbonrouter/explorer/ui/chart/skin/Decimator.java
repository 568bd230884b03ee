package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;

import java.util.Arrays;

/**
 * Reduces the steps {@code from..to} (end exclusive) of a series to one value or envelope per pixel column, so a
 * chart never draws more points than it has pixels. Column {@code c} covers the steps from
 * {@link #columnStart columnStart(c)} up to {@code columnStart(c + 1)}. Steps past the series' length and
 * non-finite values are gaps. Series are read where they lie ({@link SeriesValues}), step by step. These are
 * pure functions that start from scratch; a chart keeps what it decimated in its own {@link DecimationCache}.
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
        double[][] e = {nans(columns), nans(columns), nans(columns), nans(columns)};
        envelopeColumns(values, from, to, columns, 0, e);
        return new Envelope(e[0], e[1], e[2], e[3]);
    }

    /** Fills the envelope's columns from {@code start} on: {@code e} holds min, max, first and last. */
    static void envelopeColumns(SeriesValues values, int from, int to, int columns, int start, double[][] e) {
        int length = values.length();
        for (int c = start; c < columns; c++) {
            envelopeColumn(values, columnStart(from, to, columns, c), Math.min(columnStart(from, to, columns, c + 1),
                    length), c, e);
        }
    }

    private static void envelopeColumn(SeriesValues values, int lo, int end, int c, double[][] e) {
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
        boolean any = l == l;
        e[0][c] = any ? mn : Double.NaN;
        e[1][c] = any ? mx : Double.NaN;
        e[2][c] = any ? f : Double.NaN;
        e[3][c] = any ? l : Double.NaN;
    }

    /** The mean of the finite values of each column ({@code NaN} for none): what areas and bars need. */
    public static double[] means(SeriesValues values, int from, int to, int columns) {
        check(from, to, columns);
        double[][] sums = {new double[columns], new double[columns]};
        sumColumns(values, from, to, columns, 0, sums);
        return means(sums);
    }

    /** Fills the sums and counts of finite values ({@code sums[0]}, {@code sums[1]}) from column {@code start} on. */
    static void sumColumns(SeriesValues values, int from, int to, int columns, int start, double[][] sums) {
        int length = values.length();
        for (int c = start; c < columns; c++) {
            double sum = 0;
            int count = 0;
            int end = Math.min(columnStart(from, to, columns, c + 1), length);
            for (int i = columnStart(from, to, columns, c); i < end; i++) {
                double v = values.at(i);
                if (Double.isFinite(v)) {
                    sum += v;
                    count++;
                }
            }
            sums[0][c] = sum;
            sums[1][c] = count;
        }
    }

    /** Each column's mean from its sum and count. */
    static double[] means(double[][] sums) {
        double[] means = nans(sums[0].length);
        for (int c = 0; c < means.length; c++) {
            if (sums[1][c] > 0) {
                means[c] = sums[0][c] / sums[1][c];
            }
        }
        return means;
    }

    /** The first column whose steps reach {@code step} or beyond. */
    static int firstColumnFrom(int from, int to, int columns, int step) {
        int lo = 0;
        int hi = columns;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (columnStart(from, to, columns, mid + 1) <= step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static void check(int from, int to, int columns) {
        if (columns <= 0 || from < 0 || to < from) {
            throw new IllegalArgumentException("cannot spread steps " + from + ".." + to + " over "
                    + columns + " columns");
        }
    }

    static double[] nans(int size) {
        double[] a = new double[size];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
