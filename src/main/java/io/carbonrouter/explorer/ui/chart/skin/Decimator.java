package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Key key = new Key(values.source(), from, to, columns, false);
        Memo memo = recalled(values, key);
        int length = values.length();
        double[][] e;
        int start;
        if (memo != null && memo.length <= length) {
            e = new double[][] {memo.a.clone(), memo.b.clone(), memo.c.clone(), memo.d.clone()};
            start = firstColumnFrom(from, to, columns, memo.length);
        } else {
            e = new double[][] {nans(columns), nans(columns), nans(columns), nans(columns)};
            start = 0;
        }
        for (int c = start; c < columns; c++) {
            envelopeColumn(values, columnStart(from, to, columns, c), Math.min(columnStart(from, to, columns, c + 1),
                    length), c, e);
        }
        remember(values, key, length, e);
        return new Envelope(e[0], e[1], e[2], e[3]);
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
        Key key = new Key(values.source(), from, to, columns, true);
        Memo memo = recalled(values, key);
        int length = values.length();
        double[][] sums;
        int start;
        if (memo != null && memo.length <= length) {
            sums = new double[][] {memo.a.clone(), memo.b.clone()};
            start = firstColumnFrom(from, to, columns, memo.length);
        } else {
            sums = new double[][] {new double[columns], new double[columns]};
            start = 0;
        }
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
        remember(values, key, length, sums);
        double[] means = nans(columns);
        for (int c = 0; c < columns; c++) {
            if (sums[1][c] > 0) {
                means[c] = sums[0][c] / sums[1][c];
            }
        }
        return means;
    }

    /**
     * The columns of a growing series done before are done: a view of the same source agrees with them below
     * the length they were done at, so only the column holding that step and those after it are read again
     * (a live playback frame decimates its new steps, not the whole run).
     */
    private record Key(Object source, int from, int to, int columns, boolean means) {
    }

    private record Memo(int length, double[] a, double[] b, double[] c, double[] d) {
    }

    /**
     * The latest decimations: five charts of up to a dozen series, each with a ghost and a value range, fit.
     * Painting is on the FX thread; an export may paint elsewhere, so the map is locked.
     */
    private static final int MEMO_LIMIT = 192;
    private static final Map<Key, Memo> MEMOS = new LinkedHashMap<>(MEMO_LIMIT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Memo> eldest) {
            return size() > MEMO_LIMIT;
        }
    };

    private static Memo recalled(SeriesValues values, Key key) {
        if (values.source() == values) {
            return null;
        }
        synchronized (MEMOS) {
            return MEMOS.get(key);
        }
    }

    private static void remember(SeriesValues values, Key key, int length, double[][] parts) {
        if (values.source() != values) {
            Memo memo = new Memo(length, parts[0], parts[1], parts.length > 2 ? parts[2] : null,
                    parts.length > 3 ? parts[3] : null);
            synchronized (MEMOS) {
                MEMOS.put(key, memo);
            }
        }
    }

    /** The first column whose steps reach {@code step} or beyond. */
    private static int firstColumnFrom(int from, int to, int columns, int step) {
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
