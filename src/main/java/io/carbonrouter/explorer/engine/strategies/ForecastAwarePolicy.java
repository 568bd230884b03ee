package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.EngineMath;
import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;

import java.util.List;
import java.util.stream.Stream;

/**
 * Credit-greedy, tilted by the carbon trend: rising carbon spends quality now (more baseline), falling
 * carbon saves it for the cleaner slot ahead (less baseline).
 */
public final class ForecastAwarePolicy extends BuiltInPolicy {

    public static final String NAME = "forecast-aware";
    /** A change to the next slot smaller than this (gCO2/kWh) gives no tilt. */
    public static final double MIN_TREND = 15.0;
    /** The tilt is {@code min(MAX_TILT, |trend| / now * TILT_RATE)}. */
    public static final double MAX_TILT = 0.15;
    public static final double TILT_RATE = 0.25;

    public static final String TREND = "trend";
    public static final String ADJUSTMENT = "adjustment";
    public static final String BASELINE_WEIGHT = "baseline_weight";
    /** Credit-greedy's diagnostics, then its own when it tilts. */
    public static final List<String> DIAGNOSTICS = Stream.concat(CreditGreedyPolicy.DIAGNOSTICS.stream(),
            Stream.of(TREND, ADJUSTMENT, BASELINE_WEIGHT)).toList();

    private final CreditGreedyPolicy creditGreedy;
    private final double minTrend;
    private final double maxTilt;
    private final double tiltRate;

    public ForecastAwarePolicy(LedgerView ledger) {
        this(ledger, MIN_TREND, MAX_TILT, TILT_RATE);
    }

    /** The same strategy with other tuning, as upstream's earlier versions had it (see the historical package). */
    public ForecastAwarePolicy(LedgerView ledger, double minTrend, double maxTilt, double tiltRate) {
        super(NAME, ledger, DIAGNOSTICS);
        this.creditGreedy = new CreditGreedyPolicy(ledger);
        this.minTrend = minTrend;
        this.maxTilt = maxTilt;
        this.tiltRate = tiltRate;
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision w) {
        creditGreedy.evaluateInto(flavours, snapshot, w);
        if (snapshot.intensityNow().isEmpty() || snapshot.intensityNext().isEmpty()) {
            return;
        }
        double now = snapshot.intensityNow().getAsDouble();
        double trend = snapshot.intensityNext().getAsDouble() - now;
        if (Math.abs(trend) < minTrend) {
            return;
        }
        double k = EngineMath.min(maxTilt, Math.abs(trend) / EngineMath.max(now, 1e-6) * tiltRate);
        double adjustment = trend > 0 ? -k : k;
        if (w.size() > 1) {
            tilt(w, adjustment);
        }
        w.normalise();
        w.computeAvgPrecision();
        w.diagnostic(TREND, trend).diagnostic(ADJUSTMENT, adjustment).diagnostic(BASELINE_WEIGHT, w.value(0));
    }

    /** Moves share between the baseline (key 0, as credit-greedy puts it) and the other flavours. */
    private static void tilt(Decision w, double adjustment) {
        double bw = w.value(0);
        double nb = 1.0 - bw;
        if (adjustment > 0 && nb > 0) {
            double shift = EngineMath.min(adjustment, bw);
            w.set(0, EngineMath.max(0.05, bw - shift));
            double scale = (nb + shift) / nb; // the engine scales by this quotient, not by (w * (nb + shift)) / nb
            for (int i = 1; i < w.size(); i++) {
                w.set(i, EngineMath.min(0.95, w.value(i) * scale));
            }
        } else if (adjustment < 0) {
            double shift = EngineMath.min(Math.abs(adjustment), nb);
            for (int i = 1; i < w.size(); i++) {
                double wi = w.value(i);
                w.set(i, EngineMath.max(0.02, wi - shift * (nb > 0 ? wi / nb : 0.0)));
            }
            w.set(0, EngineMath.min(0.98, bw + shift));
        }
    }
}
