package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.NoEnabledFlavoursException;
import io.carbonrouter.explorer.engine.Weights;

import java.util.List;

/** The flavour helpers every strategy shares: the enabled set, the precision order, the mean precision. */
final class Flavours {

    private Flavours() {
    }

    /** The enabled flavours in input order; fails when there are none. */
    static FlavourProfile[] enabled(List<FlavourProfile> flavours) {
        int count = 0;
        for (FlavourProfile f : flavours) {
            if (f.enabled()) {
                count++;
            }
        }
        if (count == 0) {
            throw new NoEnabledFlavoursException();
        }
        FlavourProfile[] out = new FlavourProfile[count];
        int i = 0;
        for (FlavourProfile f : flavours) {
            if (f.enabled()) {
                out[i++] = f;
            }
        }
        return out;
    }

    /** A stable sort by descending precision (insertion sort: a handful of flavours, no allocation). */
    static FlavourProfile[] byPrecision(FlavourProfile[] enabled) {
        FlavourProfile[] out = enabled.clone();
        for (int i = 1; i < out.length; i++) {
            FlavourProfile f = out[i];
            int j = i - 1;
            while (j >= 0 && out[j].precision() < f.precision()) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = f;
        }
        return out;
    }

    /** The first flavour with the highest precision. */
    static FlavourProfile best(FlavourProfile[] enabled) {
        FlavourProfile best = enabled[0];
        for (FlavourProfile f : enabled) {
            if (f.precision() > best.precision()) {
                best = f;
            }
        }
        return best;
    }

    /** {@code sum(w * precisionOf(name))} in weight order; an unknown name counts as precision 1. */
    static double avgPrecision(Weights.Builder weights, List<FlavourProfile> flavours) {
        double sum = 0.0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.value(i) * precisionOf(weights.name(i), flavours);
        }
        return sum;
    }

    static double precisionOf(String name, List<FlavourProfile> flavours) {
        for (FlavourProfile f : flavours) {
            if (f.name().equals(name)) {
                return f.precision();
            }
        }
        return 1.0;
    }

    /** How much a flavour is worth moving traffic to: its carbon gain over the baseline per unit of error. */
    static double score(FlavourProfile baseline, FlavourProfile g) {
        double gain = baseline.carbonIntensity() - g.carbonIntensity();
        double s = gain > 0 ? Math.max(1e-6, gain) : 1e-6;
        return Math.max(1e-6, s / Math.max(1e-6, g.expectedError()));
    }

    static int indexOf(Weights.Builder weights, String name) {
        for (int i = 0; i < weights.size(); i++) {
            if (weights.name(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
