package io.carbonrouter.explorer.ui.curves;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Presets and transforms for the curves the curve editor edits (carbon intensity, demand). Every result is a new
 * array of finite values {@code >= 0}; non-finite input values count as 0. Step 0 is taken as midnight.
 */
public final class CurveTransforms {

    private static final double MINUTES_PER_DAY = 1440;

    private CurveTransforms() {
    }

    public static double[] flat(int n, double value) {
        requireSteps(n);
        requireFinite("value", value);
        double[] v = new double[n];
        Arrays.fill(v, clean(value));
        return v;
    }

    /**
     * A day of grid intensity repeated: {@code base} overnight, down by {@code dip} at solar noon (a half sine
     * from 06:00 to 18:00), and a quarter of {@code dip} above base at the 19:00 evening peak.
     */
    public static double[] dailySun(int n, int slotMinutes, double base, double dip) {
        requireSteps(n);
        requireSlot(slotMinutes);
        requireFinite("base", base);
        requireFinite("dip", dip);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double hour = hourOfDay(i, slotMinutes);
            double sun = hour > 6 && hour < 18 ? Math.sin(Math.PI * (hour - 6) / 12) : 0;
            double evening = Math.exp(-Math.pow(hour - 19, 2) / (2 * 1.5 * 1.5));
            v[i] = clean(base - dip * sun + 0.25 * dip * evening);
        }
        return v;
    }

    /**
     * A windy week: intensity between about 90 and 350 gCO2/kWh that falls as two wind fronts of random period
     * (1 to 4 days) and phase blow, with a small daily rhythm. The same seed gives the same curve.
     */
    public static double[] windyWeek(int n, int slotMinutes, long seed) {
        requireSteps(n);
        requireSlot(slotMinutes);
        SplittableRandom random = new SplittableRandom(seed);
        double slowPeriod = MINUTES_PER_DAY * random.nextDouble(2.5, 4.0);
        double fastPeriod = MINUTES_PER_DAY * random.nextDouble(1.0, 1.8);
        double slowPhase = random.nextDouble(0, 2 * Math.PI);
        double fastPhase = random.nextDouble(0, 2 * Math.PI);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double minute = (double) i * slotMinutes;
            double wind = 0.5 + 0.3 * Math.sin(2 * Math.PI * minute / slowPeriod + slowPhase)
                    + 0.2 * Math.sin(2 * Math.PI * minute / fastPeriod + fastPhase);
            double daily = Math.sin(2 * Math.PI * (hourOfDay(i, slotMinutes) - 10) / 24);
            v[i] = clean(330 - 220 * wind + 20 * daily);
        }
        return v;
    }

    /** {@code base} everywhere, plus {@code height} on the {@code width} steps from {@code at}. */
    public static double[] spike(int n, double base, int at, int width, double height) {
        requireSteps(n);
        requireFinite("base", base);
        requireFinite("height", height);
        if (width < 0) {
            throw new IllegalArgumentException("spike width must not be negative: " + width);
        }
        double[] v = flat(n, base);
        for (int i = Math.max(0, at); i < Math.min(n, (long) at + width); i++) {
            v[i] = clean(base + height);
        }
        return v;
    }

    public static double[] scale(double[] values, double factor) {
        requireFinite("factor", factor);
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = clean(clean(values[i]) * factor);
        }
        return v;
    }

    /** Adds {@code delta} to every value, stopping at 0. */
    public static double[] shift(double[] values, double delta) {
        requireFinite("delta", delta);
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = clean(clean(values[i]) + delta);
        }
        return v;
    }

    /** The centred moving average over {@code window} steps (shorter at the ends, where fewer steps exist). */
    public static double[] smooth(double[] values, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("smoothing window must be at least 1 step: " + window);
        }
        double[] prefix = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            prefix[i + 1] = prefix[i] + clean(values[i]);
        }
        int before = (window - 1) / 2;
        int after = window - 1 - before;
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            int lo = Math.max(0, i - before);
            int hi = Math.min(v.length, i + after + 1);
            v[i] = clean((prefix[hi] - prefix[lo]) / (hi - lo));
        }
        return v;
    }

    /** Adds uniform noise in {@code -amplitude..amplitude}, stopping at 0; the same seed gives the same noise. */
    public static double[] addNoise(double[] values, double amplitude, long seed) {
        requireFinite("amplitude", amplitude);
        if (amplitude < 0) {
            throw new IllegalArgumentException("noise amplitude must not be negative: " + amplitude);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            double noise = amplitude == 0 ? 0 : random.nextDouble(-amplitude, amplitude);
            v[i] = clean(clean(values[i]) + noise);
        }
        return v;
    }

    /** NaN and negatives become 0 and infinity the largest double, so every result stays finite and >= 0. */
    static double clean(double x) {
        return x > 0 ? Math.min(x, Double.MAX_VALUE) : 0;
    }

    private static double hourOfDay(int step, int slotMinutes) {
        return ((double) step * slotMinutes % MINUTES_PER_DAY) / 60;
    }

    private static void requireSteps(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of steps must not be negative: " + n);
        }
    }

    private static void requireSlot(int slotMinutes) {
        if (slotMinutes <= 0) {
            throw new IllegalArgumentException("slot length must be positive: " + slotMinutes + " minutes");
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number: " + value);
        }
    }
}
