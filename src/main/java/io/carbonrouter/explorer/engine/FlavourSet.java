package io.carbonrouter.explorer.engine;

import java.util.List;

/**
 * The flavours as the strategies read them, worked out once per configuration rather than once per step:
 * the enabled ones in input order and by descending precision (a stable order), the most precise, each
 * one's carbon score against that baseline, and the precision the mean uses for each name. Immutable.
 */
public final class FlavourSet {

    private final List<FlavourProfile> all;
    private final FlavourProfile[] enabled;
    private final FlavourProfile[] byPrecision;
    private final double[] enabledPrecision;
    private final double[] sortedPrecision;
    private final double[] scores;
    private final double scoreSum;

    private FlavourSet(List<FlavourProfile> all) {
        this.all = List.copyOf(all);
        this.enabled = this.all.stream().filter(FlavourProfile::enabled).toArray(FlavourProfile[]::new);
        this.byPrecision = sortByPrecision(enabled);
        this.enabledPrecision = precisionsOf(enabled);
        this.sortedPrecision = precisionsOf(byPrecision);
        this.scores = new double[byPrecision.length];
        double sum = 0.0;
        for (int i = 1; i < byPrecision.length; i++) {
            scores[i] = score(byPrecision[0], byPrecision[i]);
            sum += scores[i];
        }
        this.scoreSum = sum == 0.0 ? byPrecision.length - 1 : sum;
    }

    public static FlavourSet of(List<FlavourProfile> flavours) {
        return new FlavourSet(flavours);
    }

    /** Every flavour, enabled or not, in input order. */
    public List<FlavourProfile> all() {
        return all;
    }

    /** How many flavours are enabled; fails when none is, as every strategy must. */
    public int enabledCount() {
        if (enabled.length == 0) {
            throw new NoEnabledFlavoursException();
        }
        return enabled.length;
    }

    /** Enabled flavour i, in input order. */
    public FlavourProfile enabled(int i) {
        return enabled[i];
    }

    /** The precision the mean counts for enabled flavour i. */
    public double enabledPrecision(int i) {
        return enabledPrecision[i];
    }

    /** Enabled flavour i by descending precision; 0 is the baseline. */
    public FlavourProfile sorted(int i) {
        return byPrecision[i];
    }

    /** The precision the mean counts for sorted flavour i. */
    public double sortedPrecision(int i) {
        return sortedPrecision[i];
    }

    /** The baseline: the first enabled flavour with the highest precision. */
    public FlavourProfile baseline() {
        enabledCount();
        return byPrecision[0];
    }

    /** Sorted flavour i's carbon gain over the baseline per unit of error (i at least 1). */
    public double score(int i) {
        return scores[i];
    }

    /** The sum of the scores, or the number of non-baseline flavours when it is 0. */
    public double scoreSum() {
        return scoreSum;
    }

    /** The precision of the first flavour with this name; 1 for an unknown name. */
    public double precisionOf(String name) {
        for (FlavourProfile f : all) {
            if (f.name().equals(name)) {
                return f.precision();
            }
        }
        return 1.0;
    }

    private double[] precisionsOf(FlavourProfile[] flavours) {
        double[] out = new double[flavours.length];
        for (int i = 0; i < flavours.length; i++) {
            out[i] = precisionOf(flavours[i].name());
        }
        return out;
    }

    /** A stable sort by descending precision. */
    private static FlavourProfile[] sortByPrecision(FlavourProfile[] flavours) {
        FlavourProfile[] out = flavours.clone();
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

    private static double score(FlavourProfile baseline, FlavourProfile g) {
        double gain = baseline.carbonIntensity() - g.carbonIntensity();
        double s = gain > 0 ? EngineMath.max(1e-6, gain) : 1e-6;
        return EngineMath.max(1e-6, s / EngineMath.max(1e-6, g.expectedError()));
    }
}
