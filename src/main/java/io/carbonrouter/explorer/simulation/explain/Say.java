package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.simulation.compare.Percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Numbers as the explanations write them. */
final class Say {

    private Say() {
    }

    static String pct(double share) {
        return Percent.of(share);
    }

    /** A number with up to three decimals: {@code 0.35}, {@code -1}, {@code 0.125}. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    /** A signed number: {@code +0.2}, {@code -0.35}, {@code 0}. */
    static String signed(double v) {
        String s = num(v);
        return v > 0 && !s.equals("0") ? "+" + s : s;
    }

    static String carbon(double gramsPerKwh) {
        return num(Math.rint(gramsPerKwh * 10) / 10) + " gCO2/kWh";
    }

    /** {@code precision-100 62 %, precision-50 21 %}: flavours and their shares, in the map's order. */
    static String shares(Map<String, Double> weights) {
        List<String> parts = new ArrayList<>();
        weights.forEach((name, w) -> parts.add(name + " " + pct(w)));
        return String.join(", ", parts);
    }
}
