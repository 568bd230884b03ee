package io.carbonrouter.explorer.engine;

import java.util.function.Function;

/**
 * Turns the ledger balance and the carbon forecast into a processing throttle and replica ceilings. What
 * depends on the snapshot and the settings alone (the intensity ratio, the opportunity ratio) is worked out
 * once per snapshot: the ticks of a deployed slot share one. One per engine; not thread-safe.
 */
final class Throttle {

    private static final int OPPORTUNITY_POINTS = 6;
    /** A dirtier now than this times the cleanest slot ahead lowers the throttle. */
    private static final double OPPORTUNITY = 1.2;
    /** The opportunity ratio of a snapshot, shared by every engine that reads it. */
    private static final Function<ForecastSnapshot, Double> OPPORTUNITY_RATIO = Throttle::opportunityRatio;

    private final ThrottleRules rules;
    private ForecastSnapshot seen;
    private PolicyConfig seenConfig;
    private double intensityRatio;
    private double opportunityRatio;

    Throttle(ThrottleRules rules) {
        this.rules = rules;
    }

    /** Writes the throttle, its two ratios and the replica ceilings into {@code out}. */
    void compute(double balance, PolicyConfig config, ForecastSnapshot snapshot, ReplicaBounds bounds,
                 StepBuffer out) {
        value(balance, config, snapshot, out);
        bounds.ceilings(out.throttle(), out.ceilingSlots(bounds));
    }

    /** Writes the throttle and its two ratios into {@code out}, without the replica ceilings. */
    void value(double balance, PolicyConfig config, ForecastSnapshot snapshot, StepBuffer out) {
        boolean legacy = rules == ThrottleRules.BEFORE_65BB211;
        if (snapshot != seen || config != seenConfig) {
            intensityRatio = intensityRatio(config, snapshot);
            opportunityRatio = snapshot.derived(OPPORTUNITY_RATIO);
            seen = snapshot;
            seenConfig = config;
        }
        double span = config.creditMax() - config.creditMin();
        double creditsRatio = span <= 0 ? 1.0 : EngineMath.clamp((balance - config.creditMin()) / span, 0.0, 1.0);
        double tmin = config.throttleMin();
        double throttle = EngineMath.clamp(EngineMath.min(creditsRatio, intensityRatio), tmin, 1.0);
        if (legacy) {
            // before 65bb211 the throttle was this clamp alone
            out.throttle(throttle, creditsRatio, intensityRatio);
            return;
        }
        if (intensityRatio >= 0.99) {
            throttle = 1.0;
        } else if (intensityRatio > creditsRatio) {
            double eased = creditsRatio + (intensityRatio - creditsRatio) * 0.6;
            throttle = EngineMath.clamp(EngineMath.max(throttle, eased), tmin, 1.0);
        }
        if (opportunityRatio > OPPORTUNITY) {
            // times 1 / ratio, as the engine computes it: the replica ceilings round this product
            throttle = EngineMath.max(tmin, throttle * (1.0 / opportunityRatio));
        }
        out.throttle(throttle, creditsRatio, intensityRatio);
    }

    private static double intensityRatio(PolicyConfig config, ForecastSnapshot snapshot) {
        boolean hasNow = snapshot.intensityNow().isPresent();
        boolean hasNext = snapshot.intensityNext().isPresent();
        double floor = config.throttleIntensityFloor();
        double ceiling = config.throttleIntensityCeiling();
        if (!(hasNow || hasNext) || ceiling <= floor) {
            return 1.0;
        }
        double peak = hasNow && hasNext
                ? EngineMath.max(snapshot.intensityNow().getAsDouble(), snapshot.intensityNext().getAsDouble())
                : (hasNow ? snapshot.intensityNow() : snapshot.intensityNext()).getAsDouble();
        return EngineMath.clamp((ceiling - peak) / (ceiling - floor), 0.0, 1.0);
    }

    /**
     * How much dirtier now is than the cleanest of the next slots: above {@link #OPPORTUNITY} the throttle is
     * divided by it, to wait for the cleaner slot; 1 when there is nothing to compare.
     */
    private static double opportunityRatio(ForecastSnapshot snapshot) {
        if (snapshot.intensityNow().isEmpty()) {
            return 1.0;
        }
        double now = snapshot.intensityNow().getAsDouble();
        ForecastSchedule schedule = snapshot.schedule();
        int n = Math.min(OPPORTUNITY_POINTS, schedule.size());
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = schedule.raw(i);
            if (!Double.isNaN(v)) {
                min = EngineMath.min(min, v);
            }
        }
        if (now <= 0 || min == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        return min > 0 ? now / min : 1.0;
    }
}
