package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.EngineMath;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyDiagnostics;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.Weights;

import java.util.List;

/**
 * Groups flavours into three precision tiers and shares traffic by credit alone. It ignores carbon on
 * purpose: it is the non-carbon-aware baseline.
 */
public final class PrecisionTierPolicy implements SchedulerPolicy {

    public static final String NAME = "precision-tier";

    private final LedgerView ledger;

    public PrecisionTierPolicy(LedgerView ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LedgerView ledger() {
        return ledger;
    }

    @Override
    public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
        FlavourProfile[] enabled = Flavours.enabled(flavours);
        double creditMax = ledger.creditMax();
        double allowance = creditMax > 0
                ? EngineMath.clamp(0.5 + ledger.balance() / (2.0 * creditMax), 0.0, 1.0) : 0.0;
        double[] shares = {Math.max(0.25, 1.0 - allowance), 0.45 * allowance, 0.55 * allowance};
        double total = shares[0] + shares[1] + shares[2];
        for (int t = 0; t < shares.length; t++) {
            shares[t] /= total;
        }
        Weights.Builder w = new Weights.Builder(enabled.length);
        for (int t = 0; t < shares.length; t++) {
            assignTier(w, enabled, t, shares[t]);
        }
        if (w.size() == 0) {
            w.put(Flavours.best(enabled).name(), 1.0);
        }
        w.normalise();
        PolicyDiagnostics diagnostics = PolicyDiagnostics.builder(4)
                .put("allowance", allowance)
                .put("tier_1_share", shares[0])
                .put("tier_2_share", shares[1])
                .put("tier_3_share", shares[2])
                .build();
        double avg = Flavours.avgPrecision(w, flavours);
        return new PolicyResult(w.build(), avg, diagnostics);
    }

    private static void assignTier(Weights.Builder w, FlavourProfile[] enabled, int tier, double share) {
        if (share <= 0) {
            return;
        }
        double sum = 0.0;
        for (FlavourProfile f : enabled) {
            if (tierOf(f) == tier) {
                sum += 0.5 + 0.5 * f.precision();
            }
        }
        for (FlavourProfile f : enabled) {
            if (tierOf(f) == tier) {
                w.put(f.name(), share * (0.5 + 0.5 * f.precision()) / sum);
            }
        }
    }

    private static int tierOf(FlavourProfile f) {
        if (f.precision() >= 0.95) {
            return 0;
        }
        return f.precision() >= 0.8 ? 1 : 2;
    }
}
