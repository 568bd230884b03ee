package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.FlavourProfile;

import java.util.Locale;
import java.util.Map;

/**
 * The unit a run's emissions are shown in. A run counts emissions as demand x gCO2/kWh x carbon factor; with
 * the scenario's energy per request that is a fixed number of grams of CO2 per unit. Without it the numbers
 * are relative units and stay as they are.
 *
 * @param gramsPerUnit grams of CO2 in one of the run's emission units (1 for relative units)
 * @param symbol       "gCO2", "gCO2 per request" (no demand curve: every slot is one request) or
 *                     "relative units"
 */
public record EmissionsUnit(double gramsPerUnit, String symbol) {

    public static final EmissionsUnit RELATIVE = new EmissionsUnit(1.0, "relative units");
    public static final String GRAMS = "gCO2";

    /** The unit of a scenario that passed {@link ScenarioValidator}. */
    public static EmissionsUnit of(Scenario s) {
        for (Map.Entry<String, Double> e : s.energy().whPerRequest().entrySet()) {
            double factor = factorOf(s, e.getKey());
            if (factor > 0) {
                double kwhPerFactor = e.getValue() / factor / 1000.0;
                return new EmissionsUnit(kwhPerFactor, s.hasDemand() ? GRAMS : GRAMS + " per request");
            }
        }
        return RELATIVE;
    }

    public boolean isGrams() {
        return symbol.startsWith(GRAMS);
    }

    /** A run's emission value in this unit. */
    public double convert(double runEmissions) {
        return runEmissions * gramsPerUnit;
    }

    /**
     * A run's emission value for people: grams scaled to g, kg or t with the unit, relative units with
     * three significant digits and the words "relative units".
     */
    public String format(double runEmissions) {
        double v = convert(runEmissions);
        if (!isGrams()) {
            return String.format(Locale.ROOT, "%.3g %s", v, symbol);
        }
        String rest = symbol.substring(GRAMS.length());
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.3g tCO2%s", v / 1e6, rest);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "%.3g kgCO2%s", v / 1e3, rest);
        }
        return String.format(Locale.ROOT, "%.3g gCO2%s", v, rest);
    }

    static double factorOf(Scenario s, String flavour) {
        for (FlavourProfile f : s.flavours()) {
            if (f.name().equals(flavour)) {
                return f.carbonIntensity();
            }
        }
        return Double.NaN;
    }
}
