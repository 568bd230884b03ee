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
            } else if (!Double.isFinite(wh) || wh < 0) {
                out.add(new Problem(at, "must be a finite number of Wh per request >= 0, got " + wh));
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
            } else if (!Double.isFinite(e.getValue()) || e.getValue() < 0) {
                out.add(new Problem(at, "must be a finite energy per request >= 0, got " + e.getValue()));
            }
        }
        if (s.energy().given() && !scalable && out.stream().noneMatch(p -> p.path().startsWith("energy"))) {
            out.add(new Problem("energy", "needs a flavour whose carbon factor is above 0, so the others"
                    + " can scale from it"));
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
