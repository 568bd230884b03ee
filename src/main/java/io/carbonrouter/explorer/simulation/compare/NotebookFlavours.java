package io.carbonrouter.explorer.simulation.compare;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.simulation.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The flavours as the upstream notebooks count them: each one's precision and energy per request (their
 * {@code ENERGY_P30/P50/P100}, set apart from the engine's carbon factors), and which one is the p100
 * baseline, the highest-precision enabled flavour. Index i of a sample's requests is flavour i here.
 */
public record NotebookFlavours(List<String> names, double[] precision, double[] energy, int baseline) {

    public NotebookFlavours {
        names = List.copyOf(names);
        precision = precision.clone();
        energy = energy.clone();
        if (precision.length != names.size() || energy.length != names.size()) {
            throw new IllegalArgumentException("need a precision and an energy per flavour: " + names.size()
                    + " names, " + precision.length + " precisions, " + energy.length + " energies");
        }
        if (baseline < 0 || baseline >= names.size()) {
            throw new IllegalArgumentException("baseline flavour " + baseline + " is not one of " + names);
        }
    }

    /**
     * The scenario's flavours, with its {@code notebookEnergy} per request; a flavour it does not name takes
     * its carbon factor.
     */
    public static NotebookFlavours of(Scenario s) {
        List<FlavourProfile> flavours = s.flavours();
        Map<String, Double> given = s.energy().notebookPerRequest();
        List<String> names = new ArrayList<>(flavours.size());
        double[] precision = new double[flavours.size()];
        double[] energy = new double[flavours.size()];
        int baseline = -1;
        for (int i = 0; i < flavours.size(); i++) {
            FlavourProfile f = flavours.get(i);
            names.add(f.name());
            precision[i] = f.precision();
            energy[i] = given.getOrDefault(f.name(), f.carbonIntensity());
            if (f.enabled() && (baseline < 0 || f.precision() > precision[baseline])) {
                baseline = i;
            }
        }
        return new NotebookFlavours(names, precision, energy, Math.max(baseline, 0));
    }

    public int size() {
        return names.size();
    }

    /** The index of a flavour, -1 for none of these. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    @Override
    public double[] precision() {
        return precision.clone();
    }

    @Override
    public double[] energy() {
        return energy.clone();
    }

    double precisionOf(int i) {
        return precision[i];
    }

    double energyOf(int i) {
        return energy[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotebookFlavours f && names.equals(f.names) && Arrays.equals(precision, f.precision)
                && Arrays.equals(energy, f.energy) && baseline == f.baseline;
    }

    @Override
    public int hashCode() {
        return Objects.hash(names, Arrays.hashCode(precision), Arrays.hashCode(energy), baseline);
    }

    @Override
    public String toString() {
        return "NotebookFlavours" + names + " precision " + Arrays.toString(precision) + " energy "
                + Arrays.toString(energy) + " baseline " + names.get(baseline);
    }
}
