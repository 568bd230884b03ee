package io.carbonrouter.explorer.engine;

/** The engine's arithmetic conventions, in one place. */
public final class EngineMath {

    private EngineMath() {
    }

    /** {@code max(lo, min(x, hi))} as the Python engine writes it: {@code lo} wins when {@code lo > hi}. */
    public static double clamp(double x, double lo, double hi) {
        return max(lo, min(x, hi));
    }

    /**
     * Python's {@code min(a, b)} of two floats: {@code a} unless {@code b < a}. The engine's min, with the
     * arguments in the Python engine's order: it differs from {@link Math#min} only on NaN and on zeros of
     * either sign, where it gives what Python gives, and it is cheaper for the JIT (a compare, not the blends
     * that keep Math.min's NaN and -0.0 rules).
     */
    public static double min(double a, double b) {
        return b < a ? b : a;
    }

    /** Python's {@code max(a, b)} of two floats: {@code a} unless {@code b > a} (see {@link #min}). */
    public static double max(double a, double b) {
        return b > a ? b : a;
    }

    /** Python's {@code round()}: half to even. */
    public static long round(double x) {
        return (long) Math.rint(x);
    }
}
