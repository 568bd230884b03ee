package io.carbonrouter.explorer.simulation.compare;

import java.util.Locale;

/** Shares written for people: {@code 0.925 -> "92.5 %"}, four significant digits, no trailing zeros. */
public final class Percent {

    private Percent() {
    }

    public static String of(double share) {
        if (!Double.isFinite(share)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%.4g", 100 * share);
        if (s.contains("e")) {
            s = String.format(Locale.ROOT, "%.6f", 100 * share);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return (s.equals("-0") ? "0" : s) + " %";
    }
}
