package io.carbonrouter.explorer.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-step named values (weights, ceilings, diagnostics) in primitive columns, one per name in order of first
 * appearance, each allocated once at the run's length: {@code double[]}, or {@code int[]} (4 bytes a step) for
 * series of whole numbers (integer weights, replica ceilings). A step may lack a name (no key, one bit a step),
 * or have it with no value (null, stored as NaN).
 *
 * <p>A recording series only ever writes past its last step; {@link #view} hands out the first steps as they
 * are, sharing the columns, so a live run is shown while it records on.
 */
public final class KeyedSeries {

    private final boolean whole;
    private final List<String> names;
    private final List<double[]> reals;
    private final List<int[]> ints;
    private final List<long[]> present;
    private final List<String> readOnlyNames;
    private int capacity;
    private int size;

    KeyedSeries(int capacity, boolean whole) {
        this.whole = whole;
        this.capacity = Math.max(1, capacity);
        this.names = new ArrayList<>();
        this.reals = new ArrayList<>();
        this.ints = new ArrayList<>();
        this.present = new ArrayList<>();
        this.readOnlyNames = Collections.unmodifiableList(names);
    }

    private KeyedSeries(KeyedSeries s, int steps) {
        whole = s.whole;
        capacity = s.capacity;
        size = steps;
        names = new ArrayList<>(s.names);
        reals = new ArrayList<>(s.reals);
        ints = new ArrayList<>(s.ints);
        present = new ArrayList<>(s.present);
        readOnlyNames = Collections.unmodifiableList(names);
    }

    /** The first {@code steps} steps, sharing the columns: they never change under it. */
    KeyedSeries view(int steps) {
        return new KeyedSeries(this, Math.min(steps, size));
    }

    /** Column of a name, added (absent at every earlier step) when new. */
    int column(String name) {
        for (int k = 0; k < names.size(); k++) {
            String n = names.get(k);
            if (n == name || n.equals(name)) {
                return k;
            }
        }
        names.add(name);
        if (whole) {
            ints.add(new int[capacity]);
        } else {
            double[] col = new double[capacity];
            Arrays.fill(col, Double.NaN);
            reals.add(col);
        }
        present.add(new long[words(capacity)]);
        return names.size() - 1;
    }

    /** Starts step {@code step}: no key yet (a step recorded again after a rewind forgets its old keys). */
    void begin(int step) {
        if (step >= capacity) {
            grow(Math.max(step + 1, capacity + (capacity >> 1)));
        }
        long bit = ~(1L << step);
        for (long[] p : present) {
            p[step >>> 6] &= bit;
        }
        size = step + 1;
    }

    void set(int step, int column, double value) {
        if (whole) {
            throw new IllegalStateException("a series of whole numbers takes ints");
        }
        reals.get(column)[step] = value;
        present.get(column)[step >>> 6] |= 1L << step;
    }

    void set(int step, int column, int value) {
        if (!whole) {
            set(step, column, (double) value);
            return;
        }
        ints.get(column)[step] = value;
        present.get(column)[step >>> 6] |= 1L << step;
    }

    /** Room for {@code steps} steps: a live run whose edit made it longer (the only growth there is). */
    void reserve(int steps) {
        if (steps > capacity) {
            grow(steps);
        }
    }

    private void grow(int grown) {
        for (int k = 0; k < names.size(); k++) {
            if (whole) {
                ints.set(k, Arrays.copyOf(ints.get(k), grown));
            } else {
                double[] col = Arrays.copyOf(reals.get(k), grown);
                Arrays.fill(col, capacity, grown, Double.NaN);
                reals.set(k, col);
            }
            present.set(k, Arrays.copyOf(present.get(k), words(grown)));
        }
        capacity = grown;
    }

    /** Keeps the first {@code steps} steps only; what lies past them is never read again. */
    void truncate(int steps) {
        size = Math.min(size, steps);
    }

    private static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    public int steps() {
        return size;
    }

    public List<String> names() {
        return readOnlyNames;
    }

    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Whether the step has a key for the name's column. */
    public boolean has(int step, int column) {
        return (present.get(column)[step >>> 6] & (1L << step)) != 0;
    }

    /** The value, NaN when absent or null. */
    public double value(int step, int column) {
        if (!has(step, column)) {
            return Double.NaN;
        }
        return whole ? ints.get(column)[step] : reals.get(column)[step];
    }

    /** The value of a name at a step, NaN when absent or null. */
    public double value(int step, String name) {
        int k = indexOf(name);
        return k < 0 ? Double.NaN : value(step, k);
    }

    /** The keys of one step in column order, null for a key with no value. */
    public Map<String, Double> at(int step) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            if (has(step, k)) {
                double v = value(step, k);
                map.put(names.get(k), Double.isNaN(v) ? null : v);
            }
        }
        return map;
    }
}
