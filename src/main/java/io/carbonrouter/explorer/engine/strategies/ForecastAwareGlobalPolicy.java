package io.carbonrouter.explorer.engine.strategies;

import io.carbonrouter.explorer.engine.Decision;
import io.carbonrouter.explorer.engine.EngineMath;
import io.carbonrouter.explorer.engine.FlavourSet;
import io.carbonrouter.explorer.engine.ForecastSchedule;
import io.carbonrouter.explorer.engine.ForecastSnapshot;
import io.carbonrouter.explorer.engine.LedgerView;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Credit-greedy, adjusted by five signals (carbon trend, forecast lookahead, credit pressure, demand trend,
 * emissions so far) and the grid's zone. Positive adjustments cut the baseline, negative ones add to it.
 * Stateful: it remembers the carbon it has spent and how often it was asked, for the whole run.
 */
public final class ForecastAwareGlobalPolicy extends BuiltInPolicy {

    public static final String NAME = "forecast-aware-global";
    /** Carbon intensity (gCO2/kWh) at or below which the grid is in the green zone. */
    public static final double GREEN = 80.0;
    /** Carbon intensity at or above which the grid is in the red zone. */
    public static final double RED = 220.0;
    /** The signals' weights in the total: carbon trend, lookahead, credit pressure, demand, emissions. */
    public static final double CARBON_WEIGHT = 0.3;
    public static final double LOOKAHEAD_WEIGHT = 0.3;
    public static final double CREDIT_WEIGHT = 0.2;
    public static final double DEMAND_WEIGHT = 0.1;
    public static final double EMISSIONS_WEIGHT = 0.1;
    /** A total smaller than this leaves credit-greedy's split as it is. */
    public static final double MIN_TOTAL = 0.01;
    /** Steps of history before the emissions signal speaks. */
    public static final int EMISSIONS_HISTORY = 10;
    /** How many slots ahead the zone looks when the grid is in the normal zone. */
    public static final int ZONE_LOOKAHEAD = 3;
    /** The zone's adjustment in the green or red zone, and for a green or red slot ahead. */
    public static final double ZONE_NOW = 0.6;
    public static final double ZONE_AHEAD = 0.2;
    /** The least share the baseline keeps when it is cut, by zone. */
    public static final double FLOOR_GREEN = 0.08;
    public static final double FLOOR_RED = 0.01;
    public static final double FLOOR_NORMAL = 0.02;
    /** How much harder a cut bites in the red zone, and a boost in the green zone. */
    public static final double ZONE_BOOST = 1.5;
    /** The least factor the other flavours shrink by when the total adds to the baseline. */
    public static final double MIN_FACTOR = 0.1;

    public static final String CARBON_ADJUSTMENT = "carbon_adjustment";
    public static final String LOOKAHEAD_ADJUSTMENT = "lookahead_adjustment";
    public static final String CREDIT_PRESSURE = "credit_pressure";
    public static final String DEMAND_ADJUSTMENT = "demand_adjustment";
    public static final String EMISSIONS_ADJUSTMENT = "emissions_adjustment";
    public static final String ZONE_ADJUSTMENT = "zone_adjustment";
    public static final String TOTAL_ADJUSTMENT = "total_adjustment";
    public static final String CUMULATIVE_CARBON = "cumulative_carbon_gco2";
    public static final String EVALUATION_COUNT = "evaluation_count";
    /** Credit-greedy's diagnostics, then its own. */
    public static final List<String> DIAGNOSTICS = Stream.concat(CreditGreedyPolicy.DIAGNOSTICS.stream(),
            Stream.of(CARBON_ADJUSTMENT, LOOKAHEAD_ADJUSTMENT, CREDIT_PRESSURE, DEMAND_ADJUSTMENT,
                    EMISSIONS_ADJUSTMENT, ZONE_ADJUSTMENT, TOTAL_ADJUSTMENT, CUMULATIVE_CARBON,
                    EVALUATION_COUNT)).toList();

    private enum Zone { UNKNOWN, GREEN, NORMAL, RED }

    /** The signals that depend on the snapshot alone, worked out once per snapshot for every run that reads it. */
    private static final Function<ForecastSnapshot, SnapshotSignals> SIGNALS = SnapshotSignals::new;

    /** The lookahead's weight of the k-th point it keeps: {@code 1 / (1 + 0.3 k)}. */
    private static final double[] LOOKAHEAD_WEIGHTS = new double[6];

    static {
        for (int k = 0; k < LOOKAHEAD_WEIGHTS.length; k++) {
            LOOKAHEAD_WEIGHTS[k] = 1.0 / (1.0 + 0.3 * k);
        }
    }

    private final CreditGreedyPolicy creditGreedy;
    private double cumulativeCarbon;
    private long evaluations;
    public ForecastAwareGlobalPolicy(LedgerView ledger) {
        super(NAME, ledger, DIAGNOSTICS);
        this.creditGreedy = new CreditGreedyPolicy(ledger);
    }

    @Override
    public void evaluateInto(FlavourSet flavours, ForecastSnapshot snapshot, Decision w) {
        creditGreedy.evaluateInto(flavours, snapshot, w);
        if (snapshot == null) {
            return;
        }
        double now = snapshot.intensityNow().orElse(Double.NaN);
        SnapshotSignals signals = snapshot.derived(SIGNALS);
        Zone zone = signals.zone;
        double carbon = signals.carbon;
        double lookahead = signals.lookahead;
        double credit = creditPressure();
        double demand = signals.demand;
        double emissions = emissionsSignal(now);
        double zoneAdjustment = signals.zoneAdjustment;
        double total = EngineMath.clamp(CARBON_WEIGHT * carbon + LOOKAHEAD_WEIGHT * lookahead
                + CREDIT_WEIGHT * credit + DEMAND_WEIGHT * demand + EMISSIONS_WEIGHT * emissions + zoneAdjustment,
                -1.0, 1.0);
        if (Math.abs(total) >= MIN_TOTAL) {
            adjust(w, flavours, total, zone);
            if (w.size() > 0 && w.sum() > 0) {
                w.normalise();
            }
            w.computeAvgPrecision();
        }
        w.diagnostic(CARBON_ADJUSTMENT, carbon)
                .diagnostic(LOOKAHEAD_ADJUSTMENT, lookahead)
                .diagnostic(CREDIT_PRESSURE, credit)
                .diagnostic(DEMAND_ADJUSTMENT, demand)
                .diagnostic(EMISSIONS_ADJUSTMENT, emissions)
                .diagnostic(ZONE_ADJUSTMENT, zoneAdjustment)
                .diagnostic(TOTAL_ADJUSTMENT, total)
                .diagnostic(CUMULATIVE_CARBON, cumulativeCarbon)
                .diagnostic(EVALUATION_COUNT, evaluations);
        double intensity = Double.isNaN(now) ? 0.0 : now;
        int n = flavours.enabledCount();
        for (int e = 0; e < n; e++) {
            int i = w.indexOf(flavours.enabled(e).name());
            cumulativeCarbon += (i < 0 ? 0.0 : w.value(i)) * flavours.enabled(e).carbonIntensity() * intensity;
        }
        evaluations++;
    }

    private static void adjust(Decision w, FlavourSet flavours, double total, Zone zone) {
        int b = w.indexOf(flavours.sorted(0).name());
        double floor = zone == Zone.GREEN ? FLOOR_GREEN : zone == Zone.RED ? FLOOR_RED : FLOOR_NORMAL;
        if (total > 0) {
            double bw = w.value(b);
            double z = zone == Zone.RED ? ZONE_BOOST : 1.0;
            double cut = EngineMath.min(bw * (0.4 + total) * z, EngineMath.max(0.0, bw - floor));
            if (cut > 0) {
                w.set(b, EngineMath.max(floor, bw - cut));
                double scoreSum = flavours.scoreSum();
                for (int i = 1; i < flavours.enabledCount(); i++) {
                    String name = flavours.sorted(i).name();
                    int k = w.indexOf(name);
                    double gain = cut * (flavours.score(i) / scoreSum); // the engine's order
                    w.put(name, flavours.sortedPrecision(i), (k < 0 ? 0.0 : w.value(k)) + gain);
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
                double z = zone == Zone.GREEN ? ZONE_BOOST : 1.0;
                double factor = EngineMath.max(MIN_FACTOR, 1.0 + total * z);
                double removed = 0.0;
                for (int i = 0; i < w.size(); i++) {
                    if (i != b) {
                        double old = w.value(i);
                        double next = EngineMath.max(0.01, old * factor);
                        w.set(i, next);
                        removed += old - next;
                    }
                }
                w.set(b, EngineMath.min(0.98, w.value(b) + removed));
            }
        }
    }

    /** The zone and the signals that depend on the snapshot alone. Immutable. */
    private static final class SnapshotSignals {

        final Zone zone;
        final double carbon;
        final double lookahead;
        final double demand;
        final double zoneAdjustment;

        private SnapshotSignals(ForecastSnapshot snapshot) {
            double now = snapshot.intensityNow().orElse(Double.NaN);
            zone = zone(now);
            carbon = carbonSignal(snapshot);
            lookahead = lookaheadSignal(now, snapshot.schedule());
            demand = demandSignal(snapshot);
            zoneAdjustment = zoneAdjustment(zone, snapshot.schedule());
        }
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
        if (evaluations < EMISSIONS_HISTORY || Double.isNaN(now) || now <= 0 || now <= GREEN) {
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
        LedgerView ledger = ledger();
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
            double weight = LOOKAHEAD_WEIGHTS[kept];
            weighted += v * weight;
            weightSum += weight;
            min = EngineMath.min(min, v);
            max = EngineMath.max(max, v);
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
            return -ZONE_NOW;
        }
        if (zone == Zone.RED) {
            return ZONE_NOW;
        }
        int n = Math.min(ZONE_LOOKAHEAD, schedule.size());
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
            return -ZONE_AHEAD;
        }
        return anyRed ? ZONE_AHEAD : 0.0;
    }
}
