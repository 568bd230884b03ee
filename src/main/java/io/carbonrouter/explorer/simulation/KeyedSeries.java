package io.carbonrouter.explorer.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Per-step named values (weights, ceilings, diagnostics), one {@link Column} per name in order of first
 * appearance, sized once at the run's length: run-length encoded while a value holds over steps, dense once
 * it changes more often (whole numbers dense as {@code int}). A step may lack a name (no key, one bit a step),
 * or have it with no value (null, stored as NaN).
 *
 * <p>A recording series only ever writes past its last step; {@link #view} hands out the first steps as they
 * are, sharing the columns, so a live run is shown while it records on.
 */
public final class KeyedSeries {

    private final boolean whole;
    private final List<String> names;
    private final List<Column> columns;
    private final List<long[]> present;
    private final List<String> readOnlyNames;
    private final Supplier<Column[]> aliases;
    private int capacity;
    private int size;

    KeyedSeries(int capacity, boolean whole) {
        this(capacity, whole, () -> new Column[0]);
    }

    /**
     * A series whose new columns may repeat one of {@code aliases} (the run's own columns, recorded before this
     * series at each step) for as long as they match it.
     */
    KeyedSeries(int capacity, boolean whole, Supplier<Column[]> aliases) {
        this.aliases = aliases;
        this.whole = whole;
        this.capacity = Math.max(1, capacity);
        this.names = new ArrayList<>();
        this.columns = new ArrayList<>();
        this.present = new ArrayList<>();
        this.readOnlyNames = Collections.unmodifiableList(names);
    }

    private KeyedSeries(KeyedSeries s, int steps) {
        whole = s.whole;
        aliases = s.aliases;
        capacity = s.capacity;
        size = steps;
        names = new ArrayList<>(s.names);
        columns = new ArrayList<>(s.columns.size());
        for (Column c : s.columns) {
            columns.add(c.view(steps));
        }
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
        columns.add(new Column(capacity, whole));
        present.add(new long[words(capacity)]);
        return names.size() - 1;
    }

    /** Column of a name whose first value is {@code first} at {@code step}: an alias when a run column matches. */
    int column(String name, int step, double first) {
        int known = names.size();
        int k = column(name);
        if (k == known && step < capacity) {
            long bits = Double.doubleToRawLongBits(first);
            for (Column a : aliases.get()) {
                if (a.length() > step && Double.doubleToRawLongBits(a.at(step)) == bits) {
                    columns.set(k, new Column(capacity, whole, a));
                    break;
                }
            }
        }
        return k;
    }

    /** Starts step {@code step}: no key yet (a step recorded again after a rewind forgets its old keys). */
    void begin(int step) {
        if (step >= capacity) {
            reserve(Math.max(step + 1, capacity + (capacity >> 1)));
        }
        long bit = ~(1L << step);
        for (long[] p : present) {
            p[step >>> 6] &= bit;
        }
        size = step + 1;
    }

    void set(int step, int column, double value) {
        Column c = pad(columns.get(column), step);
        c.append(step, value);
        present.get(column)[step >>> 6] |= 1L << step;
    }

    /**
     * Steps without the key repeat the value before (never read, as the key is absent), so an absent stretch
     * costs nothing in a run-length encoded column.
     */
    private static Column pad(Column c, int step) {
        for (int t = c.length(); t < step; t++) {
            c.append(t, c.filler(t));
        }
        return c;
    }

    /** Room for {@code steps} steps: a live run whose edit made it longer (the only growth there is). */
    void reserve(int steps) {
        if (steps > capacity) {
            capacity = steps;
            resize(size);
        }
    }

    /** Keeps the first {@code steps} steps only (a live run rewound by an edit); views keep what they had. */
    void truncate(int steps) {
        if (steps < size) {
            resize(steps);
        }
        size = Math.min(size, steps);
    }

    private void resize(int steps) {
        for (int k = 0; k < names.size(); k++) {
            columns.set(k, columns.get(k).resized(steps, capacity));
            present.set(k, Arrays.copyOf(present.get(k), words(capacity)));
        }
    }

    /** Forgets every step (a streamed chunk written out), keeping the columns for the next chunk. */
    void reset() {
        for (int k = 0; k < names.size(); k++) {
            columns.get(k).reset();
            Arrays.fill(present.get(k), 0L);
        }
        size = 0;
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
        return has(step, column) ? columns.get(column).at(step) : Double.NaN;
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
