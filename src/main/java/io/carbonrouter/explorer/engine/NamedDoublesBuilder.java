package io.carbonrouter.explorer.engine;

import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * What {@link Weights.Builder} and {@link PolicyDiagnostics.Builder} share: names with a double each, in the order
 * they came, in two arrays that grow as needed and that the built value takes over without a copy when they are
 * exactly full. Primitive arrays, because strategies build both on every engine step.
 */
abstract class NamedDoublesBuilder<T> {

    private String[] names;
    private double[] values;
    private int size;

    NamedDoublesBuilder(int capacity) {
        names = new String[Math.max(1, capacity)];
        values = new double[names.length];
    }

    public int size() {
        return size;
    }

    public String name(int i) {
        return names[i];
    }

    public double value(int i) {
        return values[i];
    }

    public void set(int i, double value) {
        values[i] = value;
    }

    /** Index of a name put so far, or -1. */
    final int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds an entry at the end, even when the name is already there. */
    final void append(String name, double value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, Math.max(4, size * 2));
            values = Arrays.copyOf(values, Math.max(4, size * 2));
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    /** The built value, made from the arrays (trimmed copies unless exactly full); the builder starts empty again. */
    final T build(BiFunction<String[], double[], T> make) {
        T built = size == names.length ? make.apply(names, values)
                : make.apply(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
        names = new String[0];
        values = new double[0];
        size = 0;
        return built;
    }
}
