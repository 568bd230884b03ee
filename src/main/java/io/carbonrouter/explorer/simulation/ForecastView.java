package io.carbonrouter.explorer.simulation;

import java.util.SplittableRandom;

/**
 * The forecast as issued at each slot: what the engine sees, while emissions use the actual curve. Without
 * a forecast it is the actual curve; with a {@code forecast} curve it is that curve at every issue time; with
 * a {@link ForecastError} model it is the actual curve plus errors drawn from the seed and the issue time
 * alone, so every strategy sees the same forecasts.
 */
public final class ForecastView {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final double[] actual;
    private final double[] curve;
    private final ForecastError error;
    private final boolean repeat;

    public ForecastView(Scenario s) {
        this.actual = s.intensity();
        this.curve = s.hasForecast() ? s.forecast() : s.intensity();
        this.error = s.forecastError().orElse(null);
        this.repeat = s.repeat();
    }

    /** Whether the issued values are a fixed curve (no error model): then {@link #curve()} holds them all. */
    public boolean isFixed() {
        return error == null;
    }

    /** The forecast curve, the same at every issue time; only meaningful when {@link #isFixed()}. */
    public double[] curve() {
        return curve;
    }

    /**
     * The forecast issued at slot t for slots t .. t+size-1 (point k is lead k). Curve indices wrap when the
     * scenario repeats; the caller keeps {@code size} within the curve otherwise.
     */
    public double[] issuedAt(int t, int size) {
        double[] out = new double[size];
        int n = actual.length;
        if (error == null) {
            for (int k = 0; k < size; k++) {
                out[k] = curve[index(t + k, n)];
            }
            return out;
        }
        SplittableRandom random = new SplittableRandom(mix(error.seed() * GOLDEN + t));
        double rho = error.correlation();
        double innovation = Math.sqrt(Math.max(0, 1 - rho * rho));
        double z = random.nextGaussian();
        for (int k = 0; k < size; k++) {
            if (k > 0) {
                z = rho * z + innovation * random.nextGaussian();
            }
            double e = error.bias() + error.sdAt(k) * z;
            out[k] = Math.max(0, actual[index(t + k, n)] + e);
        }
        return out;
    }

    /** The value issued at slot t for slot t itself: the engine's "carbon now". */
    public double nowAt(int t) {
        return error == null ? curve[index(t, actual.length)] : issuedAt(t, 1)[0];
    }

    private int index(int slot, int n) {
        return repeat ? slot % n : slot;
    }

    /** Stafford's mix 13: turns nearby (seed, t) pairs into unrelated generator seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
