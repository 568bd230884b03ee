package io.carbonrouter.explorer.ui.chart;

/**
 * The visible steps {@code from..to} (end exclusive) of a time axis. Charts keep the window in two integer
 * properties; {@code from = 0, to = END} is the whole range whatever the number of steps.
 */
public record TimeWindow(int from, int to) {

    /** The {@code to} of the whole range. */
    static final int END = Integer.MAX_VALUE;
    /** Zooming in stops at this many steps: fewer say nothing about a time series. */
    private static final int MIN_SPAN = 5;

    /** The window the two properties describe on an axis of {@code steps}, clamped and at least MIN_SPAN wide. */
    static TimeWindow resolve(int from, int to, int steps) {
        if (steps <= 0) {
            return new TimeWindow(0, 0);
        }
        int span = minSpan(steps);
        int f = Math.max(0, Math.min(from, steps - 1));
        int t = Math.min(to, steps);
        if (t - f < span) {
            t = Math.min(steps, f + span);
            f = t - span;
        }
        return new TimeWindow(f, t);
    }

    int span() {
        return to - from;
    }

    boolean isWhole(int steps) {
        return from == 0 && to >= steps;
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the slot position {@code anchor} where it is. */
    public TimeWindow zoom(double anchor, double factor, int steps) {
        long target = Math.round(span() * factor);
        // A small window still changes by at least a step, or a gentle wheel could never zoom it.
        if (factor < 1 && target >= span()) {
            target = span() - 1L;
        } else if (factor > 1 && target <= span()) {
            target = span() + 1L;
        }
        int span = (int) Math.max(minSpan(steps), Math.min(steps, target));
        double share = span() == 0 ? 0.5 : (anchor + 0.5 - from) / span();
        int f = (int) Math.round(anchor + 0.5 - share * span);
        f = Math.max(0, Math.min(f, steps - span));
        return new TimeWindow(f, f + span);
    }

    /** Moves the window by {@code delta} steps, stopping at either end. */
    public TimeWindow pan(int delta, int steps) {
        int f = Math.max(0, Math.min(from + delta, steps - span()));
        return new TimeWindow(f, f + span());
    }

    private static int minSpan(int steps) {
        return Math.min(steps, MIN_SPAN);
    }
}
