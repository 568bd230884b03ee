package io.carbonrouter.explorer.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * The forecast points from the current slot onwards (point 0 is the current slot). It is a read-only view
 * over a curve, so building a step's snapshot copies nothing. A NaN in the curve is an absent value.
 */
public final class ForecastSchedule {

    private final double[] curve;
    private final int offset;
    private final int size;
    private final Instant firstStart;
    private final Duration slot;

    /**
     * @param curve      the whole curve; indices wrap modulo its length
     * @param offset     curve index of point 0
     * @param size       number of points
     * @param firstStart start of point 0
     * @param slot       length of one slot
     */
    public ForecastSchedule(double[] curve, int offset, int size, Instant firstStart, Duration slot) {
        this.curve = curve;
        this.offset = offset;
        this.size = size;
        this.firstStart = firstStart;
        this.slot = slot;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The value of point i, NaN when absent. */
    public double raw(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int j = offset + i;
        return curve[j < curve.length ? j : j % curve.length];
    }

    public boolean isPresent(int i) {
        return !Double.isNaN(raw(i));
    }

    public OptionalDouble value(int i) {
        double v = raw(i);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public ForecastPoint point(int i) {
        Instant start = firstStart.plus(slot.multipliedBy(i));
        return new ForecastPoint(start, start.plus(slot), value(i));
    }
}
