package io.carbonrouter.explorer.simulation;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * A value looked up by flavour name, remembered per slot of a decision: a strategy puts the same name
 * objects in the same slots step after step, so each is looked up once rather than compared every step.
 * The lookup must depend on the name alone. Not thread-safe: one per run.
 */
final class NameMemo {

    private final ToDoubleFunction<String> lookup;
    private String[] names = new String[4];
    private double[] values = new double[4];

    NameMemo(ToDoubleFunction<String> lookup) {
        this.lookup = lookup;
    }

    /** The value for {@code name}, the name in slot {@code slot} of a decision. */
    double of(int slot, String name) {
        if (slot >= names.length) {
            names = Arrays.copyOf(names, Math.max(slot + 1, names.length * 2));
            values = Arrays.copyOf(values, names.length);
        }
        if (names[slot] != name) {
            values[slot] = lookup.applyAsDouble(name);
            names[slot] = name;
        }
        return values[slot];
    }
}
