package io.carbonrouter.explorer.ui.chart.skin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats values for hover text: about four significant digits, no trailing zeros. */
public final class ValueFormat {

    private ValueFormat() {
    }

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-3 || magnitude >= 1e7) {
            return String.format(Locale.ROOT, "%.3e", value);
        }
        int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(magnitude)));
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
