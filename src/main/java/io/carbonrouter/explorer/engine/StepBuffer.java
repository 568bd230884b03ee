package io.carbonrouter.explorer.engine;

import java.util.Arrays;

/**
 * Everything one engine step produced, written into a buffer the caller owns and reuses across steps (see
 * {@link DecisionEngine#stepInto}): the decision, the ledger after the update, the throttle with its two
 * ratios, the replica ceilings (aligned with {@link DecisionEngine#replicaBounds()}) and the integer
 * weights (aligned with the decision's shares). Values hold until the next step into the same buffer;
 * callers that keep a step copy what they need or use {@link DecisionEngine#step}. Not thread-safe.
 */
public final class StepBuffer {

    private final Decision decision = new Decision();
    private int[] flavourWeights = new int[4];
    private int[] ceilings = new int[4];
    private double balance;
    private double deltaSum;
    private int deltaCount;
    private double throttle;
    private double creditsRatio;
    private double intensityRatio;

    public Decision decision() {
        return decision;
    }

    /** The integer percentage of share i of the decision. */
    public int flavourWeight(int i) {
        return flavourWeights[i];
    }

    /** The replica ceiling of component i of the engine's replica bounds. */
    public int ceiling(int i) {
        return ceilings[i];
    }

    public double balance() {
        return balance;
    }

    /** The ledger's velocity after the step: the mean of its remembered deltas (divided only when read). */
    public double velocity() {
        return CreditLedger.velocity(deltaSum, deltaCount);
    }

    public double throttle() {
        return throttle;
    }

    public double creditsRatio() {
        return creditsRatio;
    }

    public double intensityRatio() {
        return intensityRatio;
    }

    void ledger(double newBalance, double sum, int count) {
        balance = newBalance;
        deltaSum = sum;
        deltaCount = count;
    }

    void throttle(double value, double credits, double intensity) {
        throttle = value;
        creditsRatio = credits;
        intensityRatio = intensity;
    }

    /** Room for the ceilings of {@code bounds}. */
    int[] ceilingSlots(ReplicaBounds bounds) {
        if (ceilings.length < bounds.size()) {
            ceilings = new int[bounds.size()];
        }
        return ceilings;
    }

    /** Room for the integer weights of the decision. */
    int[] flavourWeightSlots() {
        if (flavourWeights.length < decision.size()) {
            flavourWeights = new int[decision.size()];
        }
        return flavourWeights;
    }

    int[] flavourWeights() {
        return Arrays.copyOf(flavourWeights, decision.size());
    }

    int[] ceilings(int count) {
        return Arrays.copyOf(ceilings, count);
    }
}
