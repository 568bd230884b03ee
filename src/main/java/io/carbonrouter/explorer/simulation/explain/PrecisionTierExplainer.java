package io.carbonrouter.explorer.simulation.explain;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.strategies.PrecisionTierPolicy;

import java.util.ArrayList;
import java.util.List;

/** Precision-tier: the allowance from the balance alone, and the three tiers' shares. */
final class PrecisionTierExplainer implements StrategyExplainer {

    private static final String[] TIERS = {
        "tier 1 (precision " + Say.pct(PrecisionTierPolicy.TIER_1_PRECISION) + " or more)",
        "tier 2 (" + Say.pct(PrecisionTierPolicy.TIER_2_PRECISION).replace(" %", "") + " to "
                + Say.pct(PrecisionTierPolicy.TIER_1_PRECISION) + ")",
        "tier 3 (below " + Say.pct(PrecisionTierPolicy.TIER_2_PRECISION) + ")"};

    @Override
    public List<String> explain(StepFacts f) {
        List<String> out = new ArrayList<>();
        out.add("Precision-tier ignores carbon on purpose: it shares traffic between three precision tiers by"
                + " the ledger alone, as a baseline that is not carbon-aware.");
        double a = f.diag(PrecisionTierPolicy.ALLOWANCE);
        double max = f.config().creditMax();
        out.add(max > 0
                ? "The balance " + Say.num(f.balanceBefore()) + " against creditMax " + Say.num(max)
                        + " gives an allowance of " + Say.num(a) + " (0.5 + balance / (2 x creditMax), kept within"
                        + " 0 to 1)."
                : "creditMax is not positive, so the allowance is 0.");
        List<String> tiers = new ArrayList<>();
        boolean assigned = false;
        for (int t = 0; t < TIERS.length; t++) {
            double share = f.diag(PrecisionTierPolicy.TIER_SHARES.get(t));
            List<String> names = new ArrayList<>();
            for (FlavourProfile fl : f.enabled()) {
                if (PrecisionTierPolicy.tierOf(fl) == t) {
                    names.add(fl.name());
                }
            }
            assigned |= share > 0 && !names.isEmpty();
            tiers.add(TIERS[t] + " " + Say.pct(share) + (names.isEmpty() ? " (no flavour: this share is lost)"
                    : " for " + String.join(", ", names)));
        }
        String shares = "Tier shares: " + String.join("; ", tiers) + ". Tier 1 keeps at least "
                + Say.pct(PrecisionTierPolicy.TIER_1_FLOOR) + " before normalising; within a tier a more precise"
                + " flavour gets a little more.";
        if (!assigned) {
            shares += " No tier with flavours got a share, so " + f.baseline().name() + " takes everything.";
        }
        out.add(shares);
        return out;
    }
}
