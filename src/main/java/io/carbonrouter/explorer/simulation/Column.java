package io.carbonrouter.explorer.simulation;

import java.util.Arrays;

/**
 * One per-step series of a run, appended step by step, exact to the bit. It starts run-length encoded: a bit a
 * step says the value changed, an int per 64 steps counts the changes before them, and only the changed values
 * are kept, so a series that holds within a slot (the carbon diagnostics of a deployed loop, the integer
 * weights, the ceilings) costs about a quarter of a byte a step. When changes come more often than every other
 * step, it turns dense once, early: one {@code double[]} (or {@code int[]} for whole numbers) at the run's
 * length. A column may start as an alias of another of the same run (a diagnostic that repeats the average
 * precision) and costs nothing while every step matches it bit for bit. Appending only ever writes past the
 * last step, so a {@link #view} of the first steps never changes.
 */
final class Column {

    /** Changes allowed beyond half the steps before the column turns dense. */
    private static final int SLACK = 64;

    private final boolean whole;
    private final int capacity;
    private final boolean view;
    private double[] reals;
    private int[] ints;
    private long[] changed;
    private int[] before;
    private double[] values;
    private int changes;
    private long lastBits;
    private int length;
    private Column alias;

    /** An empty column of exactly {@code capacity} steps. */
    Column(int capacity, boolean whole) {
        this(capacity, whole, null);
    }

    /** An empty column that repeats {@code alias} (a column of the same run, appended first) while it can. */
    Column(int capacity, boolean whole, Column alias) {
        this.alias = alias;
        this.whole = whole;
        this.capacity = Math.max(1, capacity);
        this.view = false;
        this.changed = new long[(this.capacity + 63) >>> 6];
        this.before = new int[changed.length];
        this.values = new double[16];
    }

    private Column(Column c, int steps) {
        whole = c.whole;
        capacity = c.capacity;
        view = true;
        reals = c.reals;
        ints = c.ints;
        changed = c.changed;
        before = c.before;
        values = c.values;
        changes = c.changes;
        length = steps;
        alias = c.alias;
    }

    /** The first {@code steps} steps as they are, sharing the arrays. */
    Column view(int steps) {
        return new Column(this, Math.min(steps, length));
    }

    int capacity() {
        return capacity;
    }

    int length() {
        return length;
    }

    /** Appends step {@code t}, which must be the next one ({@link #length()}). */
    void append(int t, double value) {
        if (view) {
            throw new IllegalStateException("a view of a column takes no steps");
        }
        if (t != length) {
            throw new IllegalArgumentException("step " + t + " is not the next one, " + length);
        }
        if (alias != null) {
            if (Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(alias.at(t))) {
                length = t + 1;
                return;
            }
            Column source = alias;
            alias = null;
            for (int i = 0; i < t; i++) {
                store(i, source.at(i));
            }
        }
        store(t, value);
        length = t + 1;
    }

    private void store(int t, double value) {
        if (reals != null) {
            reals[t] = value;
        } else if (ints != null) {
            ints[t] = (int) value;
        } else {
            encode(t, value);
        }
    }

    private void encode(int t, double value) {
        int word = t >>> 6;
        if ((t & 63) == 0) {
            before[word] = changes;
        }
        long bits = Double.doubleToRawLongBits(value);
        if (t > 0 && bits == lastBits) {
            return;
        }
        if (changes + 1 > t / 2 + SLACK) {
            densify(t, value);
            return;
        }
        if (changes == values.length) {
            values = Arrays.copyOf(values, changes * 2);
        }
        values[changes++] = value;
        changed[word] |= 1L << t;
        lastBits = bits;
    }

    /** Changes too often to encode: the steps so far go into one dense array at the column's capacity. */
    private void densify(int t, double value) {
        if (whole) {
            int[] dense = new int[capacity];
            for (int i = 0; i < t; i++) {
                dense[i] = (int) at(i);
            }
            dense[t] = (int) value;
            ints = dense;
        } else {
            double[] dense = new double[capacity];
            for (int i = 0; i < t; i++) {
                dense[i] = at(i);
            }
            dense[t] = value;
            reals = dense;
        }
        changed = null;
        before = null;
        values = null;
    }

    /** What a step without a value of its own holds: the alias's, or the step before's (cheapest to encode). */
    double filler(int t) {
        return alias != null ? alias.at(t) : t == 0 ? Double.NaN : at(t - 1);
    }

    /** The value of step {@code t < length()}. */
    double at(int t) {
        if (alias != null) {
            return alias.at(t);
        }
        if (reals != null) {
            return reals[t];
        }
        if (ints != null) {
            return ints[t];
        }
        int word = t >>> 6;
        int rank = before[word] + Long.bitCount(changed[word] & ((2L << (t & 63)) - 1));
        return values[rank - 1];
    }

    /** Forgets every step (a streamed chunk written out), keeping the arrays and the form for the next ones. */
    void reset() {
        length = 0;
        changes = 0;
        if (changed != null) {
            Arrays.fill(changed, 0L);
        }
    }

    /**
     * The first {@code steps} steps in a new column of {@code newCapacity} steps: a live edit that made the run
     * shorter (later steps are recorded again) or longer. The arrays shared with views stay as they are.
     */
    Column resized(int steps, int newCapacity) {
        Column c = new Column(newCapacity, whole);
        int n = Math.min(Math.min(steps, length), c.capacity);
        for (int t = 0; t < n; t++) {
            c.append(t, at(t));
        }
        return c;
    }
}
