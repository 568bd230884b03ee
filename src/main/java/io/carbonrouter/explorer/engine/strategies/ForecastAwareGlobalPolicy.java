package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.EngineMath;
import io.carbonrouter.explorer.engine.FlavourProfile;
import io.carbonrouter.explorer.engine.ForecastSchedule;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;
import io.carbonrouter.explorer.engine.PolicyDiagnostics;
import io.carbonrouter.explorer.engine.PolicyResult;
import io.carbonrouter.explorer.engine.SchedulerPolicy;
import io.carbonrouter.explorer.engine.Weights;

import java.util.List;

/**
 * Credit-greedy, adjusted by five signals (carbon trend, forecast lookahead, credit pressure, demand trend,
 * emissions so far) and the grid's zone. Positive adjustments cut the baseline, negative ones add to it.
 * Stateful: it remembers the carbon it has spent and how often it was asked, for the whole run.
 */
public final class ForecastAwareGlobalPolicy implements SchedulerPolicy {

    public static final String NAME = "forecast-aware-global";
    private static final double GREEN = 80.0;
    private static final double RED = 220.0;

    private enum Zone { UNKNOWN, GREEN, NORMAL, RED }

    private final CreditGreedyPolicy creditGreedy;
    private double cumulativeCarbon;
    private long evaluations;

    public ForecastAwareGlobalPolicy(LedgerView ledger) {
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
        PolicyDiagnostics.Builder d = PolicyDiagnostics.builder(17);
        FlavourProfile[] enabled = Flavours.enabled(flavours);
        FlavourProfile[] sorted = Flavours.byPrecision(enabled);
        double avg = creditGreedy.evaluateInto(flavours, sorted, snapshot, w, d);
        if (snapshot == null) {
            return new PolicyResult(w.build(), avg, d.build());
        }
        double now = snapshot.intensityNow().orElse(Double.NaN);
        Zone zone = zone(now);
        double carbon = carbonSignal(snapshot);
        double lookahead = lookaheadSignal(now, snapshot.schedule());
        double credit = creditPressure();
        double demand = demandSignal(snapshot);
        double emissions = emissionsSignal(now);
        double zoneAdjustment = zoneAdjustment(zone, snapshot.schedule());
        double total = EngineMath.clamp(0.3 * carbon + 0.3 * lookahead + 0.2 * credit + 0.1 * demand
                + 0.1 * emissions + zoneAdjustment, -1.0, 1.0);
        if (Math.abs(total) >= 0.01) {
            adjust(w, sorted, total, zone);
            if (w.size() > 0 && sum(w) > 0) {
                w.normalise();
            }
            avg = Flavours.avgPrecision(w, flavours);
        }
        d.put("carbon_adjustment", carbon)
                .put("lookahead_adjustment", lookahead)
                .put("credit_pressure", credit)
                .put("demand_adjustment", demand)
                .put("emissions_adjustment", emissions)
                .put("zone_adjustment", zoneAdjustment)
                .put("total_adjustment", total)
                .put("cumulative_carbon_gco2", cumulativeCarbon)
                .put("evaluation_count", evaluations);
        double intensity = Double.isNaN(now) ? 0.0 : now;
        for (FlavourProfile f : enabled) {
            int i = Flavours.indexOf(w, f.name());
            cumulativeCarbon += (i < 0 ? 0.0 : w.value(i)) * f.carbonIntensity() * intensity;
        }
        evaluations++;
        return new PolicyResult(w.build(), avg, d.build());
    }

    private static void adjust(Weights.Builder w, FlavourProfile[] sorted, double total, Zone zone) {
        FlavourProfile baseline = sorted[0];
        int b = Flavours.indexOf(w, baseline.name());
        double floor = zone == Zone.GREEN ? 0.08 : zone == Zone.RED ? 0.01 : 0.02;
        if (total > 0) {
            double bw = w.value(b);
            double z = zone == Zone.RED ? 1.5 : 1.0;
            double cut = Math.min(bw * (0.4 + total) * z, Math.max(0.0, bw - floor));
            if (cut > 0) {
                w.set(b, Math.max(floor, bw - cut));
                double scoreSum = 0.0;
                for (int i = 1; i < sorted.length; i++) {
                    scoreSum += Flavours.score(baseline, sorted[i]);
                }
                if (scoreSum == 0.0) {
                    scoreSum = sorted.length - 1;
                }
                for (int i = 1; i < sorted.length; i++) {
                    int k = Flavours.indexOf(w, sorted[i].name());
                    double gain = cut * Flavours.score(baseline, sorted[i]) / scoreSum;
                    w.put(sorted[i].name(), (k < 0 ? 0.0 : w.value(k)) + gain);
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
                double z = zone == Zone.GREEN ? 1.5 : 1.0;
                double factor = Math.max(0.1, 1.0 + total * z);
                double removed = 0.0;
                for (int i = 0; i < w.size(); i++) {
                    if (i != b) {
                        double old = w.value(i);
                        double next = Math.max(0.01, old * factor);
                        w.set(i, next);
                        removed += old - next;
                    }
                }
                w.set(b, Math.min(0.98, w.value(b) + removed));
            }
        }
    }

    private static double sum(Weights.Builder w) {
        double s = 0.0;
        for (int i = 0; i < w.size(); i++) {
            s += w.value(i);
        }
        return s;
    }

    private static Zone zone(double now) {
        if (Double.isNaN(now) || now <= 0) {
            return Zone.UNKNOWN;
        }
        if (now <= GREEN) {
            return Zone.GREEN;
        }
        return now >= RED ? Zone.RED : Zone.NORMAL;
    }

    private static double carbonSignal(ForecastSnapshot s) {
        if (s.intensityNow().isEmpty() || s.intensityNext().isEmpty()) {
            return 0.0;
        }
        double now = s.intensityNow().getAsDouble();
        if (now <= 0) {
            return 0.0;
        }
        return EngineMath.clamp(-2.0 * (s.intensityNext().getAsDouble() - now) / now, -1.0, 1.0);
    }

    private static double demandSignal(ForecastSnapshot s) {
        if (s.demandNow().isEmpty() || s.demandNext().isEmpty() || s.demandNow().getAsDouble() <= 0) {
            return 0.0;
        }
        double q = s.demandNext().getAsDouble() / s.demandNow().getAsDouble();
        if (q > 1.5) {
            return -0.6;
        }
        if (q > 1.25) {
            return -0.3;
        }
        if (q < 0.6) {
            return 0.4;
        }
        return q < 0.8 ? 0.2 : 0.0;
    }

    private double emissionsSignal(double now) {
        if (evaluations < 10 || Double.isNaN(now) || now <= 0 || now <= GREEN) {
            return 0.0;
        }
        double average = cumulativeCarbon / evaluations;
        if (average > 1.2 * now) {
            return 0.5;
        }
        if (average > 1.05 * now) {
            return 0.2;
        }
        return average < 0.8 * now ? -0.3 : 0.0;
    }

    private double creditPressure() {
        LedgerView ledger = creditGreedy.ledger();
        double span = ledger.creditMax() - ledger.creditMin();
        if (span == 0.0) {
            span = 1.0;
        }
        double normalised = (ledger.balance() - ledger.creditMin()) / span;
        return EngineMath.clamp((normalised - 0.5) * 0.6, -1.0, 1.0);
    }

    private static double lookaheadSignal(double now, ForecastSchedule schedule) {
        if (Double.isNaN(now) || now <= 0 || schedule.size() < 2) {
            return 0.0;
        }
        int n = Math.min(6, schedule.size());
        double weighted = 0.0;
        double weightSum = 0.0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean anyGreen = false;
        boolean anyRed = false;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            double v = schedule.raw(i);
            if (Double.isNaN(v) || v <= 0) {
                continue;
            }
            double weight = 1.0 / (1.0 + 0.3 * kept);
            weighted += v * weight;
            weightSum += weight;
            min = Math.min(min, v);
            max = Math.max(max, v);
            anyGreen |= v <= GREEN;
            anyRed |= v >= RED;
            kept++;
        }
        if (kept == 0) {
            return 0.0;
        }
        double adj = -1.2 * Math.log(weighted / weightSum / now);
        if (min / now < 0.6) {
            adj += 0.2;
        }
        if (max / now > 1.4) {
            adj -= 0.2;
        }
        if (now <= GREEN && anyGreen) {
            adj -= 0.4;
        }
        if (now >= RED && anyRed) {
            adj += 0.5;
        }
        return EngineMath.clamp(adj, -1.0, 1.0);
    }

    private static double zoneAdjustment(Zone zone, ForecastSchedule schedule) {
        if (zone == Zone.GREEN) {
            return -0.6;
        }
        if (zone == Zone.RED) {
            return 0.6;
        }
        int n = Math.min(3, schedule.size());
        boolean anyGreen = false;
        boolean anyRed = false;
        for (int i = 0; i < n; i++) {
            double v = schedule.raw(i);
            if (!Double.isNaN(v) && v != 0) {
                anyGreen |= v <= GREEN;
                anyRed |= v >= RED;
            }
        }
        if (anyGreen) {
            return -0.2;
        }
        return anyRed ? 0.2 : 0.0;
    }
}
