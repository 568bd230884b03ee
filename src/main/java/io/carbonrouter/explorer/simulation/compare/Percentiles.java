package io.carbonrouter.explorer.simulation.compare;

import java.util.Arrays;

/**
 * Percentiles by linear interpolation between closest ranks (Hyndman and Fan's type 7, the default of R and
 * NumPy): of n sorted values x_0..x_(n-1), the p-th quantile is {@code x_j + (h - j)(x_(j+1) - x_j)} with
 * {@code h = (n - 1) p} and {@code j = floor(h)}. One value is every percentile of itself.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The p-quantile (p in [0, 1]) of the values, which need not be sorted; NaN for none. */
    public static double of(double[] values, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] x = values.clone();
        Arrays.sort(x);
        double h = (x.length - 1) * p;
        int j = (int) Math.floor(h);
        if (j + 1 >= x.length) {
            return x[x.length - 1];
        }
        return x[j] + (h - j) * (x[j + 1] - x[j]);
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }
}
