package io.carbonrouter.explorer.engine.strategies.historical;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSchedule;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.ThrottleRules;
import io.carbonrouter.explorer.engine.strategies.CreditGreedyPolicy;

import java.util.List;
import java.util.stream.Stream;

/**
 * forecast-aware-global as upstream's {@code forecast_aware_global.py} was at 781c6d5 (its 31b5f8c version,
 * "smooth forecast-aware-global to eliminate oscillations", 2025-11-18): credit-greedy adjusted by five
 * signals, weighted 0.15 carbon trend ({@code -0.6 tanh(3 trend)}), 0.15 demand, 0.15 emissions budget,
 * 0.45 look-ahead ({@code -0.7 tanh(2 ln(wavg / now))} +-0.15 at the extremes), 0.10 credit pressure,
 * clamped to +-0.8. Differs from HEAD: no grid zones (no zone bias, a fixed baseline floor 0.02, no 1.5
 * boost), other weights and thresholds, tanh responses, the emissions budget counts carbon factors without
 * the grid intensity, a cut towards the baseline keeps at least 0.2 of the other shares (HEAD 0.1), and one
 * more diagnostic, avg_carbon_per_evaluation. Stateful per run like HEAD's.
 */
public final class ForecastAwareGlobal781c6d5 implements SchedulerPolicy {

    public static final String NAME = "forecast-aware-global@781c6d5";

    public static final String CARBON_ADJUSTMENT = "carbon_adjustment";
    public static final String DEMAND_ADJUSTMENT = "demand_adjustment";
    public static final String EMISSIONS_ADJUSTMENT = "emissions_adjustment";
    public static final String LOOKAHEAD_ADJUSTMENT = "lookahead_adjustment";
    public static final String CREDIT_PRESSURE = "credit_pressure";
    public static final String TOTAL_ADJUSTMENT = "total_adjustment";
    public static final String CUMULATIVE_CARBON = "cumulative_carbon_gco2";
    public static final String EVALUATION_COUNT = "evaluation_count";
    public static final String AVG_CARBON = "avg_carbon_per_evaluation";
    /** Credit-greedy's diagnostics, then its own, in the order it reported them. */
    public static final List<String> DIAGNOSTICS = Stream.concat(CreditGreedyPolicy.DIAGNOSTICS.stream(),
            Stream.of(CARBON_ADJUSTMENT, DEMAND_ADJUSTMENT, EMISSIONS_ADJUSTMENT, LOOKAHEAD_ADJUSTMENT,
                    CREDIT_PRESSURE, TOTAL_ADJUSTMENT, CUMULATIVE_CARBON, EVALUATION_COUNT, AVG_CARBON)).toList();

    private static final double BASELINE_FLOOR = 0.02;
    private static final int LOOKAHEAD_POINTS = 6;
    private static final int EMISSIONS_HISTORY = 10;

    private final LedgerView ledger;
    private final CreditGreedyPolicy creditGreedy;
    private double cumulativeCarbon;
    private long evaluations;

    public ForecastAwareGlobal781c6d5(LedgerView ledger) {
        this.ledger = ledger;
        this.creditGreedy = new CreditGreedyPolicy(ledger);
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
    public List<String> diagnosticKeys() {
        return DIAGNOSTICS;
    }

    @Override
    public ThrottleRules throttleRules() {
        return ThrottleRules.BEFORE_65BB211;
    }

    @Override
    public PolicyResult evaluate(List<FlavourProfile> flavours, ForecastSnapshot snapshot) {
        Decision out = new Decision();
        evaluateInto(FlavourSet.of(flavours), snapshot, out);
        return out.toResult();
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision w) {
        creditGreedy.evaluateInto(flavours, snapshot, w);
        if (snapshot == null) {
            return;
        }
        double now = snapshot.intensityNow().orElse(Double.NaN);
        double carbon = carbonTrend(snapshot);
        double demand = demand(snapshot);
        double emissions = emissionsBudget(now);
        double lookahead = lookahead(now, snapshot.schedule());
        double credit = creditPressure();
        double total = 0.15 * carbon + 0.15 * demand + 0.15 * emissions + 0.45 * lookahead + 0.10 * credit;
        total = Math.max(-0.8, Math.min(0.8, total));
        if (Math.abs(total) >= 0.01) {
            adjust(w, flavours, total);
            w.computeAvgPrecision();
        }
        w.diagnostic(CARBON_ADJUSTMENT, carbon)
                .diagnostic(DEMAND_ADJUSTMENT, demand)
                .diagnostic(EMISSIONS_ADJUSTMENT, emissions)
                .diagnostic(LOOKAHEAD_ADJUSTMENT, lookahead)
                .diagnostic(CREDIT_PRESSURE, credit)
                .diagnostic(TOTAL_ADJUSTMENT, total)
                .diagnostic(CUMULATIVE_CARBON, cumulativeCarbon)
                .diagnostic(EVALUATION_COUNT, evaluations)
                .diagnostic(AVG_CARBON, evaluations > 0 ? cumulativeCarbon / evaluations : 0.0);
        double weighted = 0.0;
        for (int e = 0; e < flavours.enabledCount(); e++) {
            FlavourProfile f = flavours.enabled(e);
            int i = w.indexOf(f.name());
            weighted += (i < 0 ? 0.0 : w.value(i)) * f.carbonIntensity();
        }
        cumulativeCarbon += weighted;
        evaluations++;
    }

    private static void adjust(Decision w, FlavourSet flavours, double total) {
        String baseline = flavours.sorted(0).name();
        int b = w.indexOf(baseline);
        if (total > 0) {
            double bw = b < 0 ? 0.0 : w.value(b);
            double reduction = Math.min(bw * (0.4 + total), bw - BASELINE_FLOOR);
            if (reduction > 0) {
                w.put(baseline, flavours.sortedPrecision(0), Math.max(BASELINE_FLOOR, bw - reduction));
                double scoreSum = flavours.scoreSum();
                for (int i = 1; i < flavours.enabledCount(); i++) {
                    String name = flavours.sorted(i).name();
                    int k = w.indexOf(name);
                    w.put(name, flavours.sortedPrecision(i),
                            (k < 0 ? 0.0 : w.value(k)) + reduction * (flavours.score(i) / scoreSum));
                }
            }
        } else {
            double others = 0.0;
            for (int i = 0; i < w.size(); i++) {
                if (i != b) {
                    others += w.value(i);
                }
            }
            if (others > 0) {
                double factor = Math.max(0.2, 1.0 + total);
                double reclaimed = 0.0;
                for (int i = 0; i < w.size(); i++) {
                    if (i != b) {
                        double old = w.value(i);
                        double next = Math.max(0.01, old * factor);
                        reclaimed += old - next;
                        w.set(i, next);
                    }
                }
                w.put(baseline, flavours.sortedPrecision(0), Math.min(0.98, (b < 0 ? 0.0 : w.value(b)) + reclaimed));
            }
        }
        if (w.sum() > 0) {
            w.normalise();
        }
    }

    private static double carbonTrend(ForecastSnapshot s) {
        if (s.intensityNow().isEmpty() || s.intensityNext().isEmpty()) {
            return 0.0;
        }
        double now = s.intensityNow().getAsDouble();
        if (now <= 0) {
            return 0.0;
        }
        double trend = (s.intensityNext().getAsDouble() - now) / now;
        return -0.6 * Math.tanh(trend * 3.0);
    }

    private static double demand(ForecastSnapshot s) {
        if (s.demandNow().isEmpty() || s.demandNext().isEmpty() || s.demandNow().getAsDouble() <= 0) {
            return 0.0;
        }
        double ratio = s.demandNext().getAsDouble() / s.demandNow().getAsDouble();
        if (ratio > 1.5) {
            return -0.6;
        }
        if (ratio > 1.2) {
            return -0.3;
        }
        if (ratio < 0.7) {
            return 0.4;
        }
        return ratio < 0.85 ? 0.2 : 0.0;
    }

    private double emissionsBudget(double now) {
        if (evaluations < EMISSIONS_HISTORY || Double.isNaN(now) || now <= 0) {
            return 0.0;
        }
        double average = cumulativeCarbon / evaluations;
        if (average > now * 1.2) {
            return 0.5;
        }
        if (average > now * 1.05) {
            return 0.2;
        }
        return average < now * 0.8 ? -0.3 : 0.0;
    }

    private static double lookahead(double now, ForecastSchedule schedule) {
        if (schedule.size() == 0 || Double.isNaN(now) || now <= 0) {
            return 0.0;
        }
        int n = Math.min(LOOKAHEAD_POINTS, schedule.size());
        if (n < 2) {
            return 0.0;
        }
        double weightedSum = 0.0;
        double weightTotal = 0.0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            double v = schedule.raw(i);
            if (Double.isNaN(v) || v <= 0) {
                continue;
            }
            double weight = 1.0 / (1.0 + kept * 0.3);
            weightedSum += v * weight;
            weightTotal += weight;
            min = Math.min(min, v);
            max = Math.max(max, v);
            kept++;
        }
        if (kept == 0) {
            return 0.0;
        }
        double ratio = weightedSum / weightTotal / now;
        double adjustment = -0.7 * Math.tanh(Math.log(ratio) * 2.0);
        if (min / now < 0.7) {
            adjustment += -0.15;
        }
        if (max / now > 1.3) {
            adjustment += 0.15;
        }
        return Math.max(-1.0, Math.min(1.0, adjustment));
    }

    private double creditPressure() {
        double span = ledger.creditMax() - ledger.creditMin();
        if (span == 0.0) {
            span = 1.0;
        }
        double normalised = (ledger.balance() - ledger.creditMin()) / span;
        return Math.max(-1.0, Math.min(1.0, (normalised - 0.5) * 0.6));
    }
}
