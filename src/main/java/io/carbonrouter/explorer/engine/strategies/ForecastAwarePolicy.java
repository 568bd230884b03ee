package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyDiagnostics;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.Weights;

import java.util.List;

/**
 * Credit-greedy, tilted by the carbon trend: rising carbon spends quality now (more baseline), falling
 * carbon saves it for the cleaner slot ahead (less baseline).
 */
public final class ForecastAwarePolicy implements SchedulerPolicy {

    public static final String NAME = "forecast-aware";
    private static final double MIN_TREND = 15.0;

    private final CreditGreedyPolicy creditGreedy;

    public ForecastAwarePolicy(LedgerView ledger) {
        this.creditGreedy = new CreditGreedyPolicy(ledger);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public LedgerView ledger() {
        return creditGreedy.ledger();
    }

    @Override
    public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
        Weights.Builder w = new Weights.Builder(flavours.size());
        PolicyDiagnostics.Builder d = PolicyDiagnostics.builder(11);
        double avg = creditGreedy.evaluateInto(flavours, snapshot, w, d);
        if (snapshot.intensityNow().isEmpty() || snapshot.intensityNext().isEmpty()) {
            return new PolicyResult(w.build(), avg, d.build());
        }
        double now = snapshot.intensityNow().getAsDouble();
        double trend = snapshot.intensityNext().getAsDouble() - now;
        if (Math.abs(trend) < MIN_TREND) {
            return new PolicyResult(w.build(), avg, d.build());
        }
        double k = Math.min(0.15, Math.abs(trend) / Math.max(now, 1e-6) * 0.25);
        double adjustment = trend > 0 ? -k : k;
        if (w.size() > 1) {
            tilt(w, adjustment);
        }
        w.normalise();
        avg = Flavours.avgPrecision(w, flavours);
        d.put("trend", trend).put("adjustment", adjustment).put("baseline_weight", w.value(0));
        return new PolicyResult(w.build(), avg, d.build());
    }

    /** Moves share between the baseline (key 0, as credit-greedy puts it) and the other flavours. */
    private static void tilt(Weights.Builder w, double adjustment) {
        double bw = w.value(0);
        double nb = 1.0 - bw;
        if (adjustment > 0 && nb > 0) {
            double shift = Math.min(adjustment, bw);
            w.set(0, Math.max(0.05, bw - shift));
            for (int i = 1; i < w.size(); i++) {
                w.set(i, Math.min(0.95, w.value(i) * (nb + shift) / nb));
            }
        } else if (adjustment < 0) {
            double shift = Math.min(Math.abs(adjustment), nb);
            for (int i = 1; i < w.size(); i++) {
                double wi = w.value(i);
                w.set(i, Math.max(0.02, wi - shift * (nb > 0 ? wi / nb : 0.0)));
            }
            w.set(0, Math.min(0.98, bw + shift));
        }
    }
}
