package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.FlavourProfile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bad-input rules for a scenario's energy per request: known flavours, sane values, agreeing factors
 * (the notebook energy need not agree: it is set apart from the factors on purpose).
 */
final class EnergyRules {

    private static final double AGREEMENT = 1e-6;
    /**
     * The most energy one request may take, given or scaled by carbon factor: a megawatt-hour, far above any
     * service, low enough that emissions over a million steps of the largest demand and intensity stay finite.
     */
    static final double MAX_WH = 1e6;

    private EnergyRules() {
    }

    static void check(Scenario s, List<Problem> out) {
        String reference = null;
        double perFactor = Double.NaN;
        boolean scalable = false;
        for (Map.Entry<String, Double> e : s.energy().whPerRequest().entrySet()) {
            String at = "energy." + e.getKey();
            double wh = e.getValue();
            double factor = EmissionsUnit.factorOf(s, e.getKey());
            if (Double.isNaN(factor)) {
                out.add(new Problem(at, "no flavour is named '" + e.getKey() + "'; flavours: " + names(s)));
            } else if (!Double.isFinite(wh) || wh < 0 || wh > MAX_WH) {
                out.add(new Problem(at, "must be a number of Wh per request from 0 to " + short6(MAX_WH) + ", got "
                        + wh));
            } else if (factor == 0) {
                if (wh > 0) {
                    out.add(new Problem(at, wh + " Wh per request, but its carbon factor is 0: give the"
                            + " flavour a carbon factor or 0 Wh"));
                }
            } else if (reference == null) {
                reference = e.getKey();
                perFactor = wh / factor;
                scalable = true;
            } else if (Math.abs(wh / factor - perFactor) > AGREEMENT * Math.max(perFactor, wh / factor)) {
                out.add(new Problem(at, String.format(Locale.ROOT, "%s Wh per request does not agree with its"
                                + " carbon factor %s: %s has %s Wh at factor %s, which gives %s Wh here"
                                + " (the engine decides by carbon factors; change one of them)",
                        wh, factor, reference, s.energy().whPerRequest().get(reference),
                        EmissionsUnit.factorOf(s, reference), short6(perFactor * factor))));
            }
        }
        for (Map.Entry<String, Double> e : s.energy().notebookPerRequest().entrySet()) {
            String at = "notebookEnergy." + e.getKey();
            if (Double.isNaN(EmissionsUnit.factorOf(s, e.getKey()))) {
                out.add(new Problem(at, "no flavour is named '" + e.getKey() + "'; flavours: " + names(s)));
            } else if (!Double.isFinite(e.getValue()) || e.getValue() < 0 || e.getValue() > MAX_WH) {
                out.add(new Problem(at, "must be an energy per request from 0 to " + short6(MAX_WH) + ", got "
                        + e.getValue()));
            }
        }
        if (scalable) {
            scaled(s, reference, perFactor, out);
        }
        if (s.energy().given() && !scalable && out.stream().noneMatch(p -> p.path().startsWith("energy"))) {
            out.add(new Problem("energy", "needs a flavour whose carbon factor is above 0, so the others"
                    + " can scale from it"));
        }
    }

    /** A flavour whose energy, scaled from {@code reference} by carbon factor, would pass {@link #MAX_WH}. */
    private static void scaled(Scenario s, String reference, double perFactor, List<Problem> out) {
        for (FlavourProfile f : s.flavours()) {
            double wh = perFactor * f.carbonIntensity();
            if (!Double.isFinite(wh) || wh > MAX_WH) {
                out.add(new Problem("energy." + reference, String.format(Locale.ROOT, "%s Wh per request scales to"
                                + " %s Wh for flavour '%s' (carbon factor %s against %s), over the limit of %s Wh",
                        s.energy().whPerRequest().get(reference), wh, f.name(), f.carbonIntensity(),
                        EmissionsUnit.factorOf(s, reference), short6(MAX_WH))));
                return;
            }
        }
    }

    /** Six significant digits without trailing zeros: 0.18, not 0.180000. */
    private static String short6(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static String names(Scenario s) {
        return s.flavours().stream().map(FlavourProfile::name).collect(Collectors.joining(", "));
    }
}
