package io.carbonrouter.explorer.ui.chart;

import java.util.Locale;

/** A value axis range with ticks every 1, 2 or 5 times a power of ten. */
record NiceScale(double min, double max, double step) {

    /** A range that covers {@code lo..hi} and ends on ticks, with at most about {@code maxTicks} ticks. */
    static NiceScale covering(double lo, double hi, int maxTicks) {
        double[] range = widened(lo, hi);
        double step = niceStep((range[1] - range[0]) / Math.max(1, maxTicks - 1));
        double min = Math.floor(range[0] / step) * step;
        double max = Math.ceil(range[1] / step) * step;
        // Rounding in the division can land a hair inside the range; step out once more then.
        return new NiceScale(min > range[0] ? min - step : min, max < range[1] ? max + step : max, step);
    }

    /** Exactly {@code lo..hi}, with ticks at the nice multiples inside it. */
    static NiceScale exactly(double lo, double hi, int maxTicks) {
        double[] range = widened(lo, hi);
        return new NiceScale(range[0], range[1], niceStep((range[1] - range[0]) / Math.max(1, maxTicks - 1)));
    }

    /** The tick values from the first multiple of the step at or above {@code min} up to {@code max}. */
    double[] ticks() {
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        double[] ticks = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** A tick value with as many decimals as the step needs. */
    String format(double value) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    /** The y pixel of {@code value} on a plot from {@code top} down {@code height} pixels. */
    double y(double value, double top, double height) {
        return top + height * (max - value) / (max - min);
    }

    /** The value at the y pixel {@code y}: the inverse of {@link #y}. */
    double value(double y, double top, double height) {
        return max - (y - top) / height * (max - min);
    }

    private static double[] widened(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            return new double[] {0, 1};
        }
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            return new double[] {lo - pad, hi + pad};
        }
        return new double[] {lo, hi};
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
