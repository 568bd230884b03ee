package io.carbonrouter.explorer.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Ordered, named numbers a strategy reports about its decision. A value may be absent (published as null);
 * absence is stored as NaN, which no diagnostic takes as a real value.
 */
public final class PolicyDiagnostics {

    public static final PolicyDiagnostics EMPTY = new PolicyDiagnostics(new String[0], new double[0]);

    private final String[] names;
    private final double[] values;

    private PolicyDiagnostics(String[] names, double[] values) {
        this.names = names;
        this.values = values;
    }

    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    /** The raw value, NaN when absent. */
    public double raw(int i) {
        return values[i];
    }

    public OptionalDouble value(int i) {
        return Double.isNaN(values[i]) ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
    }

    public OptionalDouble get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return value(i);
            }
        }
        return OptionalDouble.empty();
    }

    public boolean has(String name) {
        return Arrays.asList(names).contains(name);
    }

    public List<String> names() {
        return List.of(names);
    }

    /** Name to value, null for absent values, in order. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], Double.isNaN(values[i]) ? null : values[i]);
        }
        return map;
    }

    /** A builder that starts with these entries, for strategies that extend another's diagnostics. */
    public Builder extend(int extra) {
        Builder b = new Builder(names.length + extra);
        for (int i = 0; i < names.length; i++) {
            b.put(names[i], values[i]);
        }
        return b;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Collects diagnostics in order. */
    public static final class Builder extends NamedDoublesBuilder<PolicyDiagnostics> {

        private Builder(int capacity) {
            super(capacity);
        }

        public Builder put(String name, double value) {
            append(name, value);
            return this;
        }

        public Builder put(String name, OptionalDouble value) {
            return put(name, value.isPresent() ? value.getAsDouble() : Double.NaN);
        }

        /** The diagnostics; the builder starts empty again. */
        public PolicyDiagnostics build() {
            return build(PolicyDiagnostics::new);
        }
    }
}
