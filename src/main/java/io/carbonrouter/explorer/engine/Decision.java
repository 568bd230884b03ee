package io.carbonrouter.explorer.engine;

import java.util.Arrays;

/**
 * A strategy's decision for one step, written into a buffer the caller owns and reuses: traffic shares in
 * the strategy's order (putting a name again replaces its share in place), the mean precision, and the
 * diagnostics in the order reported (NaN for an absent value). Grows only while it meets more flavours or
 * diagnostics than before, so a run allocates nothing per step. Not thread-safe; one per running engine.
 */
public final class Decision {

    private String[] names = new String[4];
    /** The names' hash codes, so that a miss costs no string comparison. */
    private int[] hashes = new int[4];
    private double[] values = new double[4];
    private double[] precisions = new double[4];
    private int size;
    private String[] keys = new String[8];
    private double[] diagnostics = new double[8];
    private int keyCount;
    private double avgPrecision;
    private boolean keepDiagnostics = true;

    /** Empties the buffer for the next step. */
    public void clear() {
        size = 0;
        keyCount = 0;
        avgPrecision = Double.NaN;
    }

    /** Sets the share of a flavour whose precision (for the mean) is {@code precision}. */
    public Decision put(String name, double precision, double value) {
        int i = indexOf(name);
        if (i >= 0) {
            values[i] = value;
            return this;
        }
        if (size == names.length) {
            growShares();
        }
        if (names[size] != name) {
            // The same names come back in the same slots step after step: store (and hash) only a change.
            names[size] = name;
            hashes[size] = name.hashCode();
        }
        values[size] = value;
        precisions[size] = precision;
        size++;
        return this;
    }

    // Growing is rare and kept out of put and diagnostic, so that they stay small enough to inline cheaply.
    private void growShares() {
        names = Arrays.copyOf(names, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
        values = Arrays.copyOf(values, size * 2);
        precisions = Arrays.copyOf(precisions, size * 2);
    }

    private void growDiagnostics() {
        keys = Arrays.copyOf(keys, keyCount * 2);
        diagnostics = Arrays.copyOf(diagnostics, keyCount * 2);
    }

    /** The slot of a flavour, or -1 when it has no share. */
    public int indexOf(String name) {
        // Strategies pass the flavours' own name objects, so a hit is nearly always the same object; a miss (the
        // first put of each flavour in a step) costs one pass, a string comparison only where the hashes agree.
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            String n = names[i];
            if (n == name || hashes[i] == hash && n.equals(name)) {
                return i;
            }
        }
        return -1;
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

    public double sum() {
        double s = 0.0;
        for (int i = 0; i < size; i++) {
            s += values[i];
        }
        return s;
    }

    /** Divides every share by the sum (by 1 when the sum is 0), as every strategy does before it returns. */
    public void normalise() {
        double total = sum();
        if (total == 0.0) {
            total = 1.0;
        }
        for (int i = 0; i < size; i++) {
            values[i] /= total;
        }
    }

    /** Sets the mean precision to {@code sum(share * precision)}, in share order, and returns it. */
    public double computeAvgPrecision() {
        double s = 0.0;
        for (int i = 0; i < size; i++) {
            s += values[i] * precisions[i];
        }
        avgPrecision = s;
        return s;
    }

    public double avgPrecision() {
        return avgPrecision;
    }

    public void avgPrecision(double value) {
        avgPrecision = value;
    }

    /**
     * Whether {@link #diagnostic} keeps what it is given (the default). A caller that reads only the shares and
     * the mean precision (the metrics of a sweep or a comparison) turns it off, and the strategies' diagnostics
     * cost it nothing; the shares and the mean precision are the same either way.
     */
    public void keepDiagnostics(boolean keep) {
        keepDiagnostics = keep;
        keyCount = 0;
    }

    /** Appends a diagnostic; NaN says the value is absent. Nothing when diagnostics are not kept. */
    public Decision diagnostic(String key, double value) {
        if (!keepDiagnostics) {
            return this;
        }
        if (keyCount == keys.length) {
            growDiagnostics();
        }
        if (keys[keyCount] != key) {
            keys[keyCount] = key;
        }
        diagnostics[keyCount] = value;
        keyCount++;
        return this;
    }

    public int diagnosticCount() {
        return keyCount;
    }

    public String diagnosticKey(int i) {
        return keys[i];
    }

    /** The raw value of diagnostic i, NaN when absent. */
    public double diagnosticValue(int i) {
        return diagnostics[i];
    }

    /** Copies an immutable result in (for strategies that only implement {@link SchedulerPolicy#evaluate}). */
    public void copyOf(PolicyResult result, FlavourSet flavours) {
        clear();
        Weights w = result.weights();
        for (int i = 0; i < w.size(); i++) {
            put(w.name(i), flavours.precisionOf(w.name(i)), w.value(i));
        }
        PolicyDiagnostics d = result.diagnostics();
        for (int i = 0; i < d.size(); i++) {
            diagnostic(d.name(i), d.raw(i));
        }
        avgPrecision = result.avgPrecision();
    }

    /** An immutable copy, for callers that keep the decision (recording, the GUI). */
    public PolicyResult toResult() {
        Weights.Builder w = new Weights.Builder(size);
        for (int i = 0; i < size; i++) {
            w.put(names[i], values[i]);
        }
        PolicyDiagnostics.Builder d = PolicyDiagnostics.builder(keyCount);
        for (int i = 0; i < keyCount; i++) {
            d.put(keys[i], diagnostics[i]);
        }
        return new PolicyResult(w.build(), avgPrecision, keyCount == 0 ? PolicyDiagnostics.EMPTY : d.build());
    }
}
