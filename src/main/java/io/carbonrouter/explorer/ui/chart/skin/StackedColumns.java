package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.SeriesValues;

import java.util.List;

/**
 * The running totals of stacked series at each drawn x: every step (plus one beyond each edge) while they fit,
 * else the mean of each pixel column.
 */
final class StackedColumns {

    private final double[] xs;
    /** totals[k][p]: the top of series k at point p (the sum of series 0..k). */
    private final double[][] totals;
    private final boolean[] present;
    /** lowest[k][p], highest[k][p]: the range of series k's top over the steps of column p; null unless decimated. */
    private double[][] lowest;
    private double[][] highest;

    private StackedColumns(double[] xs, double[][] totals, boolean[] present) {
        this.xs = xs;
        this.totals = totals;
        this.present = present;
    }

    static StackedColumns of(PlotFrame f, List<SeriesValues> stack, DecimationCache cache) {
        double[] xs;
        double[][] values = new double[stack.size()][];
        if (f.decimated()) {
            xs = new double[f.columns()];
            for (int c = 0; c < xs.length; c++) {
                xs[c] = f.columnX(c);
            }
            for (int k = 0; k < stack.size(); k++) {
                values[k] = cache.means(stack.get(k), f.from(), f.to(), f.columns());
            }
            StackedColumns means = accumulate(xs, values);
            means.spread(f, stack);
            return means;
        } else {
            int first = Math.max(0, f.from() - 1);
            xs = new double[f.to() + 1 - first];
            for (int k = 0; k < stack.size(); k++) {
                values[k] = new double[xs.length];
            }
            for (int p = 0; p < xs.length; p++) {
                xs[p] = f.x(first + p);
                for (int k = 0; k < stack.size(); k++) {
                    values[k][p] = stack.get(k).valueAt(first + p);
                }
            }
        }
        return accumulate(xs, values);
    }

    private static StackedColumns accumulate(double[] xs, double[][] values) {
        double[][] totals = new double[values.length][xs.length];
        boolean[] present = new boolean[xs.length];
        for (int p = 0; p < xs.length; p++) {
            double sum = 0;
            for (int k = 0; k < values.length; k++) {
                double v = values[k][p];
                if (Double.isFinite(v)) {
                    sum += v;
                    present[p] = true;
                }
                totals[k][p] = sum;
            }
        }
        return new StackedColumns(xs, totals, present);
    }

    /**
     * The range each series' top takes within each pixel column, so that a long run drawn as column means still
     * shows how far the split swings inside a column (a year of 15 s ticks is thousands of steps a pixel).
     */
    private void spread(PlotFrame f, List<SeriesValues> stack) {
        int columns = xs.length;
        lowest = new double[stack.size()][columns];
        highest = new double[stack.size()][columns];
        for (int c = 0; c < columns; c++) {
            int lo = Decimator.columnStart(f.from(), f.to(), columns, c);
            int hi = Math.max(lo + 1, Decimator.columnStart(f.from(), f.to(), columns, c + 1));
            for (int k = 0; k < stack.size(); k++) {
                lowest[k][c] = Double.POSITIVE_INFINITY;
                highest[k][c] = Double.NEGATIVE_INFINITY;
            }
            for (int t = lo; t < hi; t++) {
                double sum = 0;
                for (int k = 0; k < stack.size(); k++) {
                    double v = stack.get(k).valueAt(t);
                    sum += Double.isFinite(v) ? v : 0;
                    lowest[k][c] = Math.min(lowest[k][c], sum);
                    highest[k][c] = Math.max(highest[k][c], sum);
                }
            }
        }
    }

    /** Whether {@link #lowest} and {@link #highest} are known: the columns are means of several steps. */
    boolean spread() {
        return lowest != null;
    }

    double lowest(int k, int p) {
        return lowest[k][p];
    }

    double highest(int k, int p) {
        return highest[k][p];
    }

    int size() {
        return xs.length;
    }

    double x(int p) {
        return xs[p];
    }

    boolean present(int p) {
        return present[p];
    }

    double upper(int k, int p) {
        return totals[k][p];
    }

    double lower(int k, int p) {
        return k == 0 ? 0 : totals[k - 1][p];
    }
}
