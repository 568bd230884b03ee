package io.carbonrouter.explorer.io.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as the Go operator reads and writes them: {@code strconv.FormatFloat(v, 'f', -1, 64)} (the shortest
 * decimal that reads back exactly, never an exponent) and what {@code strconv.ParseFloat(s, 64)} accepts.
 */
public final class GoFloat {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile(
            "[+-]?0[xX](\\p{XDigit}+(\\.\\p{XDigit}*)?|\\.\\p{XDigit}+)[pP][+-]?\\d+");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?i:inf|infinity|nan)");
    private static final int MAX_DIGITS = 17;

    private GoFloat() {
    }

    /**
     * {@code FormatFloat(v, 'f', -1, 64)}: 0.15 gives "0.15", -2.0 gives "-2", 1e-7 gives "0.0000001". JDK 17's
     * {@code Double.toString} is not always the shortest, so digits are added until the value reads back.
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == 0.0) {
            return 1.0 / v < 0 ? "-0" : "0";
        }
        BigDecimal exact = new BigDecimal(v);
        for (int digits = 1; digits < MAX_DIGITS; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == v) {
                return plain(rounded);
            }
        }
        return plain(exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)));
    }

    /**
     * What {@code ParseFloat} reads from {@code text} after the operator's TrimSpace: empty when it returns an
     * error (not a Go float literal, or beyond the double range); infinities and NaN for Go's words for them.
     */
    public static OptionalDouble parse(String text) {
        String t = text.strip();
        if (SPECIAL.matcher(t).matches()) {
            String word = t.replaceFirst("^[+-]", "").toLowerCase(Locale.ROOT);
            double v = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return OptionalDouble.of(t.startsWith("-") ? -v : v);
        }
        if (!DECIMAL.matcher(t).matches() && !HEX.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
