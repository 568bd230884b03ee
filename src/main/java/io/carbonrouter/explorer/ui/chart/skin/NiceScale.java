package io.carbonrouter.explorer.ui.chart.skin;

import java.util.Locale;

/** A value axis range with ticks every 1, 2 or 5 times a power of ten. */
public record NiceScale(double min, double max, double step) {

    /** Spans at most this share of the values' size are rounding noise: the series is flat. */
    private static final double FLAT = 1e-9;
    /** Spans below this share of the values' size are opened up to it. */
    private static final double THIN = 1e-3;
    private static final String[] UNITS = {"", "k", "M", "G", "T"};

    /** A range that covers {@code lo..hi} and ends on ticks, with at most about {@code maxTicks} ticks. */
    static NiceScale covering(double lo, double hi, int maxTicks) {
        double[] range = widened(lo, hi);
        double step = niceStep((range[1] - range[0]) / Math.max(1, maxTicks - 1));
        double min = Math.floor(range[0] / step) * step;
        double max = Math.ceil(range[1] / step) * step;
        // Rounding in the division can land a hair inside the range; step out once more then.
        return new NiceScale(min > range[0] ? min - step : min, max < range[1] ? max + step : max, step);
    }

    /**
     * Exactly {@code lo..hi}, with ticks at the nice multiples inside it: at least three where three were asked
     * for. The ends need not be ticks, so a step as wide as the range could leave a single tick in the middle.
     */
    static NiceScale exactly(double lo, double hi, int maxTicks) {
        double[] range = widened(lo, hi);
        NiceScale scale = new NiceScale(range[0], range[1],
                niceStep((range[1] - range[0]) / Math.max(1, maxTicks - 1)));
        int least = Math.min(3, Math.max(2, maxTicks));
        while (scale.ticks().length < least) {
            scale = new NiceScale(range[0], range[1], niceStep(scale.step() / 2.5));
        }
        return scale;
    }

    /** The tick values from the first multiple of the step at or above {@code min} up to {@code max}. */
    public double[] ticks() {
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        double[] ticks = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /**
     * A tick value with as many decimals as the step needs; from ten thousand on in thousands, millions or
     * billions (20k, 1.5M), the same unit along the whole axis.
     */
    String format(double value) {
        if (value == 0) {
            return "0";
        }
        double largest = Math.max(Math.abs(min), Math.abs(max));
        int unit = largest < 10_000 ? 0
                : Math.min(UNITS.length - 1, (int) Math.floor(Math.log10(largest) / 3 + 1e-9));
        double scale = Math.pow(1000, unit);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step / scale) + 1e-9));
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value / scale);
        return (text.matches("-0(\\.0*)?") ? text.substring(1) : text) + UNITS[unit];
    }

    /** The y pixel of {@code value} on a plot from {@code top} down {@code height} pixels. */
    double y(double value, double top, double height) {
        return top + height * (max - value) / (max - min);
    }

    /** The value at the y pixel {@code y}: the inverse of {@link #y}. */
    double value(double y, double top, double height) {
        return max - (y - top) / height * (max - min);
    }

    /**
     * The range opened up where it is too thin to label: a flat series (or one that differs only by rounding
     * noise, which would ask for 17 decimals) gets 10 % either side; a nearly flat one a span of a thousandth of
     * its size, so tick labels need no more than about five significant digits.
     */
    private static double[] widened(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            return new double[] {0, 1};
        }
        double size = Math.max(Math.abs(lo), Math.abs(hi));
        double mid = lo / 2 + hi / 2;
        if (hi - lo <= FLAT * size) {
            double pad = mid == 0 ? 1 : Math.abs(mid) * 0.1;
            return new double[] {mid - pad, mid + pad};
        }
        if (hi - lo < THIN * size) {
            return new double[] {mid - THIN * size / 2, mid + THIN * size / 2};
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
