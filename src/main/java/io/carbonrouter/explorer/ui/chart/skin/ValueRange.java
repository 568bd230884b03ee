package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.SeriesValues;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Collects the lowest and highest finite value that an axis has to show. */
final class ValueRange {

    private final DecimationCache cache;
    private double lo = Double.POSITIVE_INFINITY;
    private double hi = Double.NEGATIVE_INFINITY;

    /** A range whose series are decimated through the chart's {@code cache}. */
    ValueRange(DecimationCache cache) {
        this.cache = cache;
    }

    void add(double v) {
        if (Double.isFinite(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
    }

    /** Buckets the range is taken over: the extremes of a growing series are then found again in its new steps. */
    private static final int BUCKETS = 256;

    /** The values of steps {@code from..to} (end exclusive), through the decimator's envelope of them. */
    void add(SeriesValues values, int from, int to) {
        if (to <= from) {
            return;
        }
        Envelope e = cache.envelope(values, from, to, Math.min(BUCKETS, to - from));
        for (int c = 0; c < e.columns(); c++) {
            add(e.min()[c]);
            add(e.max()[c]);
        }
    }

    /**
     * The running totals of stacked series over steps {@code from..to}, and their floor, 0. The totals are a
     * series of their own, read from the stack's sources, so a growing stack is summed again only where it grew.
     */
    void addStacked(List<ChartSeries> stack, int from, int to) {
        if (stack.isEmpty()) {
            return;
        }
        add(0);
        int length = 0;
        List<Object> sources = new ArrayList<>();
        for (ChartSeries s : stack) {
            length = Math.max(length, s.values().length());
            sources.add(s.values().source());
        }
        SeriesValues totals = SeriesValues.of(length, i -> {
            double sum = 0;
            for (ChartSeries s : stack) {
                double v = s.valueAt(i);
                if (Double.isFinite(v)) {
                    sum += v;
                }
            }
            return sum;
        });
        boolean sourced = stack.stream().allMatch(s -> s.values().source() != s.values());
        add(sourced ? SeriesValues.from(sources, totals) : totals, from, to);
    }

    boolean isEmpty() {
        return lo > hi;
    }

    /**
     * The nice scale over the collected values. Non-negative data that comes near zero (or is drawn as bars or
     * areas) starts at zero, so heights compare honestly; a given bound overrides the data.
     */
    NiceScale scale(int maxTicks, boolean fromZero, OptionalDouble min, OptionalDouble max) {
        double l = isEmpty() ? 0 : lo;
        double h = isEmpty() ? 1 : hi;
        if (l >= 0 && (fromZero || l < 0.25 * h)) {
            l = 0;
        }
        if (min.isPresent() && max.isPresent()) {
            return NiceScale.exactly(min.getAsDouble(), max.getAsDouble(), maxTicks);
        }
        NiceScale nice = NiceScale.covering(min.orElse(Math.min(l, max.orElse(l))),
                max.orElse(Math.max(h, min.orElse(h))), maxTicks);
        return new NiceScale(min.orElse(nice.min()), max.orElse(nice.max()), nice.step());
    }
}
