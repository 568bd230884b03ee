package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.StepBuffer;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The realised precision the metrics poll reports between two evaluations: the routers pick a flavour per
 * request with the published integer weights, and the poll reads the per-flavour request increases.
 */
final class LedgerFeedback {

    /** Requests per slot the routers see when the scenario has no demand curve (the engine's default). */
    static final double DEFAULT_REQUESTS = 100.0;
    /** Above this mean a Poisson count is drawn from its normal approximation. */
    private static final double EXACT_POISSON_LIMIT = 30.0;
    /** Keeps the request draws apart from the random strategy's, which uses the same scenario seed. */
    private static final long STREAM = 0x6A09E667F3BCC909L;

    private final DeploymentLoop.Feedback mode;
    private final SplittableRandom random;
    private List<FlavourProfile> precisionList;
    private NameMemo precisions;

    LedgerFeedback(DeploymentLoop.Feedback mode, long seed) {
        this.mode = mode;
        this.random = new SplittableRandom(seed ^ STREAM);
    }

    boolean active() {
        return mode != DeploymentLoop.Feedback.NONE;
    }

    /**
     * The precision of the requests routed under {@code published} during a window of {@code requests}
     * expected requests, or NaN when the poll saw none (the engine then skips the ledger).
     */
    double realised(StepBuffer published, List<FlavourProfile> flavours, double requests) {
        Decision d = published.decision();
        long total = 0;
        for (int i = 0; i < d.size(); i++) {
            total += published.flavourWeight(i);
        }
        double weighted = 0;
        double count = 0;
        for (int i = 0; i < d.size(); i++) {
            int weight = published.flavourWeight(i);
            double c = mode == DeploymentLoop.Feedback.SAMPLED
                    ? increase(requests * weight / Math.max(1, total))
                    : weight;
            weighted += precisions(flavours).of(i, d.name(i)) * c;
            count += c;
        }
        return count > 0 ? (unmatched() ? 1.0 : weighted / count) : Double.NaN;
    }

    /** Whether the poll reads every counted request as full precision ({@code unmatched}). */
    boolean unmatched() {
        return mode == DeploymentLoop.Feedback.UNMATCHED;
    }

    /**
     * What the poll reads for a flavour whose expected count over the window is {@code mean}: the mean itself, or
     * with {@code sampled} a draw as {@link #increase} reads it.
     */
    double count(double mean) {
        return mode == DeploymentLoop.Feedback.SAMPLED ? increase(mean) : mean;
    }

    /**
     * A flavour's request count over the window: Poisson with the given mean (requests arrive independently,
     * each routed by the weights), read back as the poll reads increase(): rounded half to even, never below 0.
     */
    private double increase(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < EXACT_POISSON_LIMIT) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
        return Math.max(0, Math.rint(mean + Math.sqrt(mean) * gaussian()));
    }

    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The precisions by name in {@code flavours}, remembered while the list stays the same. */
    private NameMemo precisions(List<FlavourProfile> flavours) {
        if (flavours != precisionList) {
            precisionList = flavours;
            precisions = new NameMemo(name -> precisionOf(name, flavours));
        }
        return precisions;
    }

    /** A flavour gone from the list since it was published counts as full precision, as the engine does. */
    private static double precisionOf(String name, List<FlavourProfile> flavours) {
        for (FlavourProfile f : flavours) {
            if (f.name().equals(name)) {
                return f.precision();
            }
        }
        return 1.0;
    }
}
