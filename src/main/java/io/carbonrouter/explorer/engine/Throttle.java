package io.carbonrouter.explorer.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Turns the ledger balance and the carbon forecast into a processing throttle and replica ceilings. */
public final class Throttle {

    /** Share of the way from the credits ratio to the intensity ratio (the engine's THROTTLE_GREEN_BLEND). */
    public static final double GREEN_BLEND = 0.6;
    /** Intensity ratio from which the throttle is lifted (the engine's THROTTLE_GREEN_OVERRIDE_THRESHOLD). */
    public static final double GREEN_OVERRIDE_THRESHOLD = 0.99;
    private static final int OPPORTUNITY_POINTS = 6;

    private Throttle() {
    }

    public static ScalingDirective compute(double balance, PolicyConfig config, ForecastSnapshot snapshot,
                                           List<ComponentBound> bounds) {
        double span = config.creditMax() - config.creditMin();
        double creditsRatio = span <= 0 ? 1.0 : EngineMath.clamp((balance - config.creditMin()) / span, 0.0, 1.0);
        double intensityRatio = intensityRatio(config, snapshot);
        double tmin = config.throttleMin();
        double throttle = EngineMath.clamp(Math.min(creditsRatio, intensityRatio), tmin, 1.0);
        if (intensityRatio >= GREEN_OVERRIDE_THRESHOLD) {
            throttle = 1.0;
        } else if (intensityRatio > creditsRatio) {
            double eased = creditsRatio + (intensityRatio - creditsRatio) * GREEN_BLEND;
            throttle = EngineMath.clamp(Math.max(throttle, eased), tmin, 1.0);
        }
        throttle = opportunity(throttle, tmin, snapshot);
        return ceilings(throttle, creditsRatio, intensityRatio, bounds);
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
                ? Math.max(snapshot.intensityNow().getAsDouble(), snapshot.intensityNext().getAsDouble())
                : (hasNow ? snapshot.intensityNow() : snapshot.intensityNext()).getAsDouble();
        return EngineMath.clamp((ceiling - peak) / (ceiling - floor), 0.0, 1.0);
    }

    /** A dirtier now than the cleanest slot ahead lowers the throttle, to wait for the cleaner slot. */
    private static double opportunity(double throttle, double tmin, ForecastSnapshot snapshot) {
        if (snapshot.intensityNow().isEmpty()) {
            return throttle;
        }
        double now = snapshot.intensityNow().getAsDouble();
        ForecastSchedule schedule = snapshot.schedule();
        int n = Math.min(OPPORTUNITY_POINTS, schedule.size());
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = schedule.raw(i);
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
            }
        }
        if (now <= 0 || min == Double.POSITIVE_INFINITY) {
            return throttle;
        }
        double ratio = min > 0 ? now / min : 1.0;
        return ratio > 1.2 ? Math.max(tmin, throttle / ratio) : throttle;
    }

    private static ScalingDirective ceilings(double throttle, double creditsRatio, double intensityRatio,
                                             List<ComponentBound> bounds) {
        int count = 0;
        for (ComponentBound bound : bounds) {
            if (bound.max().isPresent()) {
                count++;
            }
        }
        String[] names = new String[count];
        int[] ceilings = new int[count];
        int i = 0;
        for (ComponentBound bound : bounds) {
            if (bound.max().isEmpty()) {
                continue;
            }
            int max = bound.max().getAsInt();
            long s = EngineMath.round(max * throttle);
            if (bound.min().isPresent()) {
                s = Math.max(s, bound.min().getAsInt());
            }
            names[i] = bound.component();
            ceilings[i++] = (int) Math.min(Math.max(0, s), max);
        }
        return new ScalingDirective(throttle, creditsRatio, intensityRatio,
                Collections.unmodifiableList(Arrays.asList(names)), ceilings);
    }
}
