package io.carbonrouter.explorer.engine;

/** Turns the ledger balance and the carbon forecast into a processing throttle and replica ceilings. */
final class Throttle {

    private static final int OPPORTUNITY_POINTS = 6;

    private Throttle() {
    }

    /** Writes the throttle, its two ratios and the replica ceilings into {@code out}. */
    static void compute(double balance, PolicyConfig config, ForecastSnapshot snapshot, ReplicaBounds bounds,
                        StepBuffer out) {
        double span = config.creditMax() - config.creditMin();
        double creditsRatio = span <= 0 ? 1.0 : EngineMath.clamp((balance - config.creditMin()) / span, 0.0, 1.0);
        double intensityRatio = intensityRatio(config, snapshot);
        double tmin = config.throttleMin();
        double throttle = EngineMath.clamp(Math.min(creditsRatio, intensityRatio), tmin, 1.0);
        if (intensityRatio >= 0.99) {
            throttle = 1.0;
        } else if (intensityRatio > creditsRatio) {
            double eased = creditsRatio + (intensityRatio - creditsRatio) * 0.6;
            throttle = EngineMath.clamp(Math.max(throttle, eased), tmin, 1.0);
        }
        throttle = opportunity(throttle, tmin, snapshot);
        out.throttle(throttle, creditsRatio, intensityRatio);
        bounds.ceilings(throttle, out.ceilingSlots(bounds));
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
}
