package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.EngineMath;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;

import java.util.List;

/**
 * Groups flavours into three precision tiers and shares traffic by credit alone. It ignores carbon on
 * purpose: it is the non-carbon-aware baseline.
 */
public final class PrecisionTierPolicy extends BuiltInPolicy {

    public static final String NAME = "precision-tier";
    /** Precision at or above which a flavour is in tier 1. */
    public static final double TIER_1_PRECISION = 0.95;
    /** Precision at or above which a flavour below tier 1 is in tier 2; below it, tier 3. */
    public static final double TIER_2_PRECISION = 0.8;
    /** The least share tier 1 keeps before normalising. */
    public static final double TIER_1_FLOOR = 0.25;

    public static final String ALLOWANCE = "allowance";
    public static final String TIER_1_SHARE = "tier_1_share";
    public static final String TIER_2_SHARE = "tier_2_share";
    public static final String TIER_3_SHARE = "tier_3_share";
    /** The share keys, tier 1 first. */
    public static final List<String> TIER_SHARES = List.of(TIER_1_SHARE, TIER_2_SHARE, TIER_3_SHARE);
    public static final List<String> DIAGNOSTICS = List.of(ALLOWANCE, TIER_1_SHARE, TIER_2_SHARE, TIER_3_SHARE);

    public PrecisionTierPolicy(LedgerView ledger) {
        super(NAME, ledger, DIAGNOSTICS);
    }

    /** The tier of a flavour: 0, 1 or 2. */
    public static int tierOf(FlavourProfile f) {
        if (f.precision() >= TIER_1_PRECISION) {
            return 0;
        }
        return f.precision() >= TIER_2_PRECISION ? 1 : 2;
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision out) {
        flavours.enabledCount();
        LedgerView ledger = ledger();
        double creditMax = ledger.creditMax();
        double allowance = creditMax > 0
                ? EngineMath.clamp(0.5 + ledger.balance() / (2.0 * creditMax), 0.0, 1.0) : 0.0;
        double s0 = EngineMath.max(TIER_1_FLOOR, 1.0 - allowance);
        double s1 = 0.45 * allowance;
        double s2 = 0.55 * allowance;
        double total = s0 + s1 + s2;
        s0 /= total;
        s1 /= total;
        s2 /= total;
        out.clear();
        assignTier(out, flavours, 0, s0);
        assignTier(out, flavours, 1, s1);
        assignTier(out, flavours, 2, s2);
        if (out.size() == 0) {
            out.put(flavours.baseline().name(), flavours.sortedPrecision(0), 1.0);
        }
        out.normalise();
        out.computeAvgPrecision();
        out.diagnostic(ALLOWANCE, allowance)
                .diagnostic(TIER_1_SHARE, s0)
                .diagnostic(TIER_2_SHARE, s1)
                .diagnostic(TIER_3_SHARE, s2);
    }

    private static void assignTier(Decision w, FlavourSet flavours, int tier, double share) {
        if (share <= 0) {
            return;
        }
        int n = flavours.enabledCount();
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            FlavourProfile f = flavours.enabled(i);
            if (tierOf(f) == tier) {
                sum += 0.5 + 0.5 * f.precision();
            }
        }
        for (int i = 0; i < n; i++) {
            FlavourProfile f = flavours.enabled(i);
            if (tierOf(f) == tier) {
                w.put(f.name(), flavours.enabledPrecision(i), share * (0.5 + 0.5 * f.precision()) / sum);
            }
        }
    }
}
