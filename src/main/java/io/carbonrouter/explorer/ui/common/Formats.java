package io.carbonrouter.explorer.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and times read in the editors and the inspector: short, locale-independent, no trailing zeros. */
public final class Formats {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** At most {@code decimals} decimals, trailing zeros dropped; "NaN" and infinities spelled out. */
    public static String number(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity");
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = d.scale() < 0 ? d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A value a user typed or saved, shown without losing digits (up to 10 decimals). */
    public static String exact(double v) {
        return number(v, 10);
    }

    public static String percent(double share) {
        return number(100.0 * share, 1) + " %";
    }

    /** A wall time: "52 ms" under a second, "4.9 s" from there. */
    public static String duration(long nanos) {
        return nanos < 1_000_000_000L ? number(nanos / 1e6, 0) + " ms" : number(nanos / 1e9, 1) + " s";
    }

    public static String time(Instant t) {
        return TIME.format(t);
    }
}
