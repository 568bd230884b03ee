package io.carbonrouter.explorer.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-step named values (weights, ceilings, diagnostics) in primitive columns: one {@code double[]} per
 * name, in order of first appearance. A step may lack a name (no key), or have it with no value (null,
 * stored as NaN).
 */
public final class KeyedSeries {

    private final List<String> names = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();
    private final List<BitSet> present = new ArrayList<>();
    private int capacity;
    private int size;

    KeyedSeries(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    /** Column of a name, added (absent at every earlier step) when new. */
    int column(String name) {
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k).equals(name)) {
                return k;
            }
        }
        names.add(name);
        double[] col = new double[capacity];
        Arrays.fill(col, Double.NaN);
        columns.add(col);
        present.add(new BitSet());
        return names.size() - 1;
    }

    void set(int step, int column, double value) {
        ensure(step + 1);
        columns.get(column)[step] = value;
        present.get(column).set(step);
        size = Math.max(size, step + 1);
    }

    /** Marks a step as recorded even when it has no keys at all. */
    void touch(int step) {
        ensure(step + 1);
        size = Math.max(size, step + 1);
    }

    private void ensure(int needed) {
        if (needed <= capacity) {
            return;
        }
        int grown = Math.max(needed, capacity * 2);
        for (int k = 0; k < columns.size(); k++) {
            double[] col = Arrays.copyOf(columns.get(k), grown);
            Arrays.fill(col, capacity, grown, Double.NaN);
            columns.set(k, col);
        }
        capacity = grown;
    }

    /** Keeps the first {@code steps} steps only (a live run rewound to an edit). */
    void truncate(int steps) {
        for (int k = 0; k < columns.size(); k++) {
            Arrays.fill(columns.get(k), steps, capacity, Double.NaN);
            present.get(k).clear(steps, Math.max(steps, capacity));
        }
        size = Math.min(size, steps);
    }

    KeyedSeries copy(int steps) {
        KeyedSeries c = new KeyedSeries(steps);
        for (int k = 0; k < names.size(); k++) {
            c.names.add(names.get(k));
            c.columns.add(Arrays.copyOf(columns.get(k), Math.max(1, steps)));
            c.present.add(present.get(k).get(0, steps));
        }
        c.size = steps;
        return c;
    }

    public int steps() {
        return size;
    }

    public List<String> names() {
        return Collections.unmodifiableList(names);
    }

    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Whether the step has a key for the name's column. */
    public boolean has(int step, int column) {
        return present.get(column).get(step);
    }

    /** The value, NaN when absent or null. */
    public double value(int step, int column) {
        return columns.get(column)[step];
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
