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
 * Spends quality credit on greener flavours: the fuller the ledger and the dirtier the grid, the more traffic
 * leaves the baseline, shared by carbon gain per unit of error.
 */
public final class CreditGreedyPolicy implements SchedulerPolicy {

    public static final String NAME = "credit-greedy";

    private final LedgerView ledger;

    public CreditGreedyPolicy(LedgerView ledger) {
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
        Weights.Builder w = new Weights.Builder(flavours.size());
        PolicyDiagnostics.Builder d = PolicyDiagnostics.builder(8);
        double avg = evaluateInto(flavours, snapshot, w, d);
        return new PolicyResult(w.build(), avg, d.build());
    }

    /** Fills {@code w} (baseline first, then by precision) and {@code d}; returns the average precision. */
    double evaluateInto(List<FlavourProfile> flavours, ForecastSnapshot snapshot,
                        Weights.Builder w, PolicyDiagnostics.Builder d) {
        return evaluateInto(flavours, Flavours.byPrecision(Flavours.enabled(flavours)), snapshot, w, d);
    }

    /** The same, for a caller that already has the enabled flavours sorted by precision. */
    double evaluateInto(List<FlavourProfile> flavours, FlavourProfile[] sorted, ForecastSnapshot snapshot,
                        Weights.Builder w, PolicyDiagnostics.Builder d) {
        FlavourProfile baseline = sorted[0];
        double balance = ledger.balance();
        double creditMin = ledger.creditMin();
        double span = ledger.creditMax() - creditMin;
        if (span == 0.0) {
            span = 1.0;
        }
        double normalised = (balance - creditMin) / span;
        double base = EngineMath.clamp(normalised, 0.0, 1.0);
        if (balance < 0 && creditMin < 0) {
            double debt = Math.min(1.0, Math.abs(balance) / Math.abs(creditMin));
            base *= Math.max(0.2, 1.0 - 0.5 * debt);
        }
        boolean hasNow = snapshot != null && snapshot.intensityNow().isPresent();
        double now = hasNow ? snapshot.intensityNow().getAsDouble() : Double.NaN;
        double ratio = hasNow ? EngineMath.clamp((now - 80.0) / 200.0, 0.0, 1.0) : Double.NaN;
        double multiplier = hasNow ? 0.3 + 1.7 * ratio : 1.0;
        double allowance = EngineMath.clamp(base * multiplier, 0.0, 0.95);

        w.put(baseline.name(), Math.max(0.0, 1.0 - allowance));
        double[] scores = new double[sorted.length];
        double scoreSum = 0.0;
        for (int i = 1; i < sorted.length; i++) {
            scores[i] = Flavours.score(baseline, sorted[i]);
            scoreSum += scores[i];
        }
        if (scoreSum == 0.0) {
            scoreSum = sorted.length - 1;
        }
        for (int i = 1; i < sorted.length; i++) {
            w.put(sorted[i].name(), allowance * scores[i] / scoreSum);
        }
        w.normalise();
        double avg = Flavours.avgPrecision(w, flavours);
        d.put("credit_balance", balance)
                .put("base_allowance", base)
                .put("carbon_multiplier", multiplier)
                .put("allowance", allowance)
                .put("avg_precision", avg)
                .put("carbon_now", now)
                .put("normalised_credit", normalised)
                .put("carbon_ratio", ratio);
        return avg;
    }
}
