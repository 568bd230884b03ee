package io.carbonrouter.explorer.engine;

/** The engine's arithmetic conventions, in one place. */
public final class EngineMath {

    private EngineMath() {
    }

    /** {@code max(lo, min(x, hi))}: {@code lo} wins when {@code lo > hi}, as in the Python engine. */
    public static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(x, hi));
    }

    /** Python's {@code round()}: half to even. */
    public static long round(double x) {
        return (long) Math.rint(x);
    }
}
