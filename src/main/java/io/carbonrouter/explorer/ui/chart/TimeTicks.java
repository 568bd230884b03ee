package io.carbonrouter.explorer.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Picks tick intervals for the time axis: calendar-like in seconds, or 1-2-5 in plain steps. */
final class TimeTicks {

    private static final long[] SECOND_INTERVALS = {
        1, 2, 5, 10, 15, 30,
        60, 2 * 60, 5 * 60, 10 * 60, 15 * 60, 30 * 60, 3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600,
        86_400, 2 * 86_400, 7 * 86_400, 14 * 86_400, 28 * 86_400, 56 * 86_400, 91 * 86_400, 182 * 86_400,
        364 * 86_400
    };

    private TimeTicks() {
    }

    /**
     * The smallest calendar-like interval of at least one step ({@code stepSeconds}) that puts at most
     * {@code maxTicks} ticks on the span; below a minute only when the steps are.
     */
    static long secondInterval(double spanSeconds, int maxTicks, double stepSeconds) {
        int limit = Math.max(1, maxTicks);
        for (long interval : SECOND_INTERVALS) {
            if (interval >= stepSeconds && spanSeconds / interval <= limit) {
                return interval;
            }
        }
        long largest = SECOND_INTERVALS[SECOND_INTERVALS.length - 1];
        return Math.max(largest, (long) Math.ceil(spanSeconds / limit / largest) * largest);
    }

    /** The smallest 1, 2 or 5 times a power of ten (at least 1) that puts at most {@code maxTicks} on the span. */
    static long stepInterval(double span, int maxTicks) {
        double raw = span / Math.max(1, maxTicks);
        long magnitude = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * magnitude >= raw) {
                    return m * magnitude;
                }
            }
            magnitude *= 10;
        }
    }

    /** Ticks at whole multiples of {@link #stepInterval} steps between {@code from} and {@code to}. */
    static List<TimeTick> stepTicks(double from, double to, int maxTicks, IntFunction<String> label) {
        long interval = stepInterval(to - from, maxTicks);
        List<TimeTick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(Math.max(0, from) / interval) * interval;
        for (long step = first; step <= to; step += interval) {
            ticks.add(new TimeTick(step, label.apply((int) step)));
        }
        return ticks;
    }
}
