package io.carbonrouter.explorer.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Picks tick intervals for the time axis: calendar-like in minutes, or 1-2-5 in plain steps. */
final class TimeTicks {

    private static final long[] MINUTE_INTERVALS = {
        1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720,
        1440, 2 * 1440, 7 * 1440, 14 * 1440, 28 * 1440, 56 * 1440, 91 * 1440, 182 * 1440, 364 * 1440
    };

    private TimeTicks() {
    }

    /** The smallest interval of at least one slot that puts at most {@code maxTicks} ticks on the span. */
    static long minuteInterval(double spanMinutes, int maxTicks, double slotMinutes) {
        int limit = Math.max(1, maxTicks);
        for (long interval : MINUTE_INTERVALS) {
            if (interval >= slotMinutes && spanMinutes / interval <= limit) {
                return interval;
            }
        }
        long largest = MINUTE_INTERVALS[MINUTE_INTERVALS.length - 1];
        return Math.max(largest, (long) Math.ceil(spanMinutes / limit / largest) * largest);
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
