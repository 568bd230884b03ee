package io.carbonrouter.explorer.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered map from flavour name to traffic share. The order is the insertion order of the strategy that
 * built it: it settles ties in the integer weights. Immutable once built; {@link Builder} builds it without
 * boxing.
 */
public final class Weights {

    private final String[] names;
    private final double[] values;

    private Weights(String[] names, double[] values) {
        this.names = names;
        this.values = values;
    }

    public static Weights of(Map<String, Double> map) {
        Builder b = new Builder(map.size());
        map.forEach(b::put);
        return b.build();
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    public double value(int i) {
        return values[i];
    }

    public List<String> names() {
        return Collections.unmodifiableList(Arrays.asList(names));
    }

    /** Index of a flavour, or -1 when the strategy gave it no key. */
    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The share of a flavour, 0 when it has no key. */
    public double get(String name) {
        int i = indexOf(name);
        return i < 0 ? 0.0 : values[i];
    }

    public double sum() {
        double s = 0.0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        return map;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Builds weights in insertion order; putting a name again replaces its value in place. */
    public static final class Builder extends NamedDoublesBuilder<Weights> {

        public Builder(int capacity) {
            super(capacity);
        }

        public Builder put(String name, double value) {
            int i = indexOf(name);
            if (i < 0) {
                append(name, value);
            } else {
                set(i, value);
            }
            return this;
        }

        /** Divides every value by the sum (by 1 when the sum is 0), as every strategy does before it returns. */
        public Builder normalise() {
            double total = 0.0;
            for (int i = 0; i < size(); i++) {
                total += value(i);
            }
            if (total == 0.0) {
                total = 1.0;
            }
            for (int i = 0; i < size(); i++) {
                set(i, value(i) / total);
            }
            return this;
        }

        /** The weights; the builder starts empty again. */
        public Weights build() {
            return build(Weights::new);
        }
    }
}
