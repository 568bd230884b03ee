package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.ALLOWANCE;
import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.ALLOWANCE_CAP;
import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.BASE_ALLOWANCE;
import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.CARBON_MULTIPLIER;
import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.CARBON_NOW;
import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.CARBON_RATIO;
import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.CREDIT_BALANCE;
import static io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy.NORMALISED_CREDIT;

/**
 * Credit-greedy: where the balance sits in its band, the base allowance (shrunk in debt), the carbon
 * multiplier, the allowance cap, and which flavours took the shifted traffic. The two forecast strategies start
 * from the same reasoning.
 */
final class CreditGreedyExplainer implements StrategyExplainer {

    @Override
    public List<String> explain(StepFacts f) {
        List<String> out = reasoning(f);
        out.add(shift(f));
        return out;
    }

    /** The band, the carbon multiplier and the allowance, as credit-greedy computes them. */
    static List<String> reasoning(StepFacts f) {
        List<String> out = new ArrayList<>();
        out.add(band(f));
        out.add(carbon(f));
        out.add(allowance(f));
        return out;
    }

    private static String band(StepFacts f) {
        double b = f.diag(CREDIT_BALANCE);
        double n = f.diag(NORMALISED_CREDIT);
        double base = f.diag(BASE_ALLOWANCE);
        double min = f.config().creditMin();
        StringBuilder s = new StringBuilder("The ledger balance was ").append(Say.num(b)).append(", ")
                .append(Say.pct(n)).append(" of the way up its band from creditMin ").append(Say.num(min))
                .append(" to creditMax ").append(Say.num(f.config().creditMax()));
        if (n < 0 || n > 1) {
            s.append(" (outside it, so counted as ").append(n < 0 ? "0" : "100 %").append(")");
        }
        if (b < 0 && min < 0) {
            double debt = Math.min(1, Math.abs(b) / Math.abs(min));
            double factor = Math.max(CreditGreedyPolicy.DEBT_FLOOR, 1 - CreditGreedyPolicy.DEBT_WEIGHT * debt);
            s.append(". It is in quality debt, ").append(Say.pct(debt)).append(" of the way to creditMin, so the base")
                    .append(" allowance shrinks by a factor of ").append(Say.num(factor)).append(" to ")
                    .append(Say.num(base)).append('.');
        } else {
            s.append(", which gives a base allowance of ").append(Say.num(base)).append('.');
        }
        return s.toString();
    }

    private static String carbon(StepFacts f) {
        double now = f.diag(CARBON_NOW);
        double m = f.diag(CARBON_MULTIPLIER);
        if (Double.isNaN(now)) {
            return "There is no carbon reading, so the carbon multiplier is 1.";
        }
        double clean = CreditGreedyPolicy.CARBON_CLEAN;
        double lowest = CreditGreedyPolicy.MULTIPLIER_MIN;
        return "Carbon intensity is " + Say.carbon(now) + ", " + Say.pct(f.diag(CARBON_RATIO))
                + " of the way from " + Say.num(clean) + " (clean) to "
                + Say.num(clean + CreditGreedyPolicy.CARBON_SPAN) + " (dirty), so the carbon multiplier is "
                + Say.num(m) + " (" + Say.num(lowest) + " when clean, up to "
                + Say.num(lowest + CreditGreedyPolicy.MULTIPLIER_RANGE) + " when dirty): the dirtier the grid, the"
                + " more traffic may leave the baseline." + ownScale(f);
    }

    /** Credit-greedy's carbon scale is fixed; said so when the user's throttle scale reads otherwise. */
    private static String ownScale(StepFacts f) {
        double clean = CreditGreedyPolicy.CARBON_CLEAN;
        double dirty = clean + CreditGreedyPolicy.CARBON_SPAN;
        double floor = f.config().throttleIntensityFloor();
        double ceiling = f.config().throttleIntensityCeiling();
        if (floor == clean && ceiling == dirty) {
            return "";
        }
        return " This " + Say.num(clean) + ".." + Say.num(dirty) + " scale is credit-greedy's own and fixed; it"
                + " differs from the throttle floor and ceiling set here (" + Say.num(floor) + ".."
                + Say.num(ceiling) + "), which move only the throttle.";
    }

    private static String allowance(StepFacts f) {
        double raw = f.diag(BASE_ALLOWANCE) * f.diag(CARBON_MULTIPLIER);
        double a = f.diag(ALLOWANCE);
        if (raw > ALLOWANCE_CAP) {
            return "Base allowance times multiplier is " + Say.num(raw) + ", capped at " + Say.num(ALLOWANCE_CAP)
                    + " so that at least " + Say.pct(1 - ALLOWANCE_CAP) + " stays on the baseline: the allowance is "
                    + Say.num(a) + ".";
        }
        return "The allowance, base allowance times multiplier, is " + Say.num(a) + ": " + Say.pct(a)
                + " of the traffic may leave the baseline.";
    }

    /** Credit-greedy's own split: what stays on the baseline and where the allowance went. */
    static String shift(StepFacts f) {
        FlavourProfile b = f.baseline();
        double a = f.diag(ALLOWANCE);
        if (f.enabled().size() == 1) {
            return "Only " + b.name() + " is enabled, so all traffic stays there.";
        }
        if (a == 0) {
            return "With no allowance, all traffic stays on " + b.name() + ".";
        }
        Map<String, Double> others = new LinkedHashMap<>(f.weights());
        others.remove(b.name());
        return b.name() + ", the most precise flavour, keeps " + Say.pct(f.weight(b.name())) + "; the shifted "
                + Say.pct(a) + " goes to " + Say.shares(others) + ", shared by carbon saved per unit of error"
                + " (a greener flavour, or one with less error, gets more).";
    }

    /** For the strategies that adjust credit-greedy: the split they start from. */
    static String startingSplit(StepFacts f) {
        FlavourProfile b = f.baseline();
        double a = f.diag(ALLOWANCE);
        return "Credit-greedy alone would keep " + Say.pct(Math.max(0, 1 - a)) + " on " + b.name() + " and move "
                + Say.pct(a) + " to the other flavours.";
    }
}
