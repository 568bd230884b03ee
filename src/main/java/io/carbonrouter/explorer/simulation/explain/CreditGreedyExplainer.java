package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.FlavourProfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Credit-greedy: where the balance sits in its band, the base allowance (shrunk in debt), the carbon
 * multiplier, the 0.95 cap, and which flavours took the shifted traffic. The two forecast strategies start
 * from the same reasoning.
 */
final class CreditGreedyExplainer implements StrategyExplainer {

    static final double CAP = 0.95;

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
        double b = f.diag("credit_balance");
        double n = f.diag("normalised_credit");
        double base = f.diag("base_allowance");
        double min = f.config().creditMin();
        StringBuilder s = new StringBuilder("The ledger balance was ").append(Say.num(b)).append(", ")
                .append(Say.pct(n)).append(" of the way up its band from creditMin ").append(Say.num(min))
                .append(" to creditMax ").append(Say.num(f.config().creditMax()));
        if (n < 0 || n > 1) {
            s.append(" (outside it, so counted as ").append(n < 0 ? "0" : "100 %").append(")");
        }
        if (b < 0 && min < 0) {
            double debt = Math.min(1, Math.abs(b) / Math.abs(min));
            double factor = Math.max(0.2, 1 - 0.5 * debt);
            s.append(". It is in quality debt, ").append(Say.pct(debt)).append(" of the way to creditMin, so the base")
                    .append(" allowance shrinks by a factor of ").append(Say.num(factor)).append(" to ")
                    .append(Say.num(base)).append('.');
        } else {
            s.append(", which gives a base allowance of ").append(Say.num(base)).append('.');
        }
        return s.toString();
    }

    private static String carbon(StepFacts f) {
        double now = f.diag("carbon_now");
        double m = f.diag("carbon_multiplier");
        if (Double.isNaN(now)) {
            return "There is no carbon reading, so the carbon multiplier is 1.";
        }
        return "Carbon intensity is " + Say.carbon(now) + ", " + Say.pct(f.diag("carbon_ratio"))
                + " of the way from 80 (clean) to 280 (dirty), so the carbon multiplier is " + Say.num(m)
                + " (0.3 when clean, up to 2 when dirty): the dirtier the grid, the more traffic may leave the"
                + " baseline.";
    }

    private static String allowance(StepFacts f) {
        double raw = f.diag("base_allowance") * f.diag("carbon_multiplier");
        double a = f.diag("allowance");
        if (raw > CAP) {
            return "Base allowance times multiplier is " + Say.num(raw) + ", capped at 0.95 so that at least 5 %"
                    + " stays on the baseline: the allowance is " + Say.num(a) + ".";
        }
        return "The allowance, base allowance times multiplier, is " + Say.num(a) + ": " + Say.pct(a)
                + " of the traffic may leave the baseline.";
    }

    /** Credit-greedy's own split: what stays on the baseline and where the allowance went. */
    static String shift(StepFacts f) {
        FlavourProfile b = f.baseline();
        double a = f.diag("allowance");
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
        double a = f.diag("allowance");
        return "Credit-greedy alone would keep " + Say.pct(Math.max(0, 1 - a)) + " on " + b.name() + " and move "
                + Say.pct(a) + " to the other flavours.";
    }
}
