package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.FlavourProfile;

import java.util.ArrayList;
import java.util.List;

/** Precision-tier: the allowance from the balance alone, and the three tiers' shares. */
final class PrecisionTierExplainer implements StrategyExplainer {

    private static final String[] TIERS = {"tier 1 (precision 95 % or more)", "tier 2 (80 to 95 %)",
        "tier 3 (below 80 %)"};

    @Override
    public List<String> explain(StepFacts f) {
        List<String> out = new ArrayList<>();
        out.add("Precision-tier ignores carbon on purpose: it shares traffic between three precision tiers by"
                + " the ledger alone, as a baseline that is not carbon-aware.");
        double a = f.diag("allowance");
        double max = f.config().creditMax();
        out.add(max > 0
                ? "The balance " + Say.num(f.balanceBefore()) + " against creditMax " + Say.num(max)
                        + " gives an allowance of " + Say.num(a) + " (0.5 + balance / (2 x creditMax), kept within"
                        + " 0 to 1)."
                : "creditMax is not positive, so the allowance is 0.");
        List<String> tiers = new ArrayList<>();
        boolean assigned = false;
        for (int t = 0; t < TIERS.length; t++) {
            double share = f.diag("tier_" + (t + 1) + "_share");
            List<String> names = new ArrayList<>();
            for (FlavourProfile fl : f.enabled()) {
                if (tierOf(fl) == t) {
                    names.add(fl.name());
                }
            }
            assigned |= share > 0 && !names.isEmpty();
            tiers.add(TIERS[t] + " " + Say.pct(share) + (names.isEmpty() ? " (no flavour: this share is lost)"
                    : " for " + String.join(", ", names)));
        }
        String shares = "Tier shares: " + String.join("; ", tiers) + ". Tier 1 keeps at least a quarter before"
                + " normalising; within a tier a more precise flavour gets a little more.";
        if (!assigned) {
            shares += " No tier with flavours got a share, so " + f.baseline().name() + " takes everything.";
        }
        out.add(shares);
        return out;
    }

    private static int tierOf(FlavourProfile f) {
        if (f.precision() >= 0.95) {
            return 0;
        }
        return f.precision() >= 0.8 ? 1 : 2;
    }
}
