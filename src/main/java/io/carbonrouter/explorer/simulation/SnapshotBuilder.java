package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.ForecastSchedule;
import io.carbonrouter.explorer.engine.ForecastSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;

/**
 * Builds the snapshot the engine sees at step t from the forecast as issued at t ({@link ForecastView}):
 * intensity now, the schedule of the next {@code horizonSlots} slots (stopping at the curve's end unless it
 * repeats), the next point, and demand now and next (100 each without a demand curve, or when the
 * deployment loop's estimator is flat). {@link #shared} builds every snapshot once up front: they are
 * immutable, so one table serves every strategy, grid point and thread of a comparison or sweep.
 */
public final class SnapshotBuilder {

    static final double DEFAULT_DEMAND = 100.0;
    private static final OptionalDouble DEFAULT_DEMAND_NOW = OptionalDouble.of(DEFAULT_DEMAND);
    /**
     * The most snapshot values a shared table holds (about 200 bytes a slot, 8 a forecast point): a year of
     * half-hours with a drawn 96-slot forecast (2.1 million, some 20 MB) fits, so compare --draws builds each
     * draw's forecasts once for all its strategies instead of once per run.
     */
    private static final long TABLE_BUDGET = 4_000_000L;

    private final double[] intensity;
    private final ForecastView forecast;
    private final double[] demand;
    private final boolean repeat;
    private final int horizon;
    private final Instant start;
    private final Duration slot;
    private final long slotSeconds;
    private final long slotNanos;
    private final boolean flatDemand;
    private final Scenario source;
    private final ForecastSnapshot[] table;
    /**
     * While the table is built: one optional per value of the fixed forecast curve and of the demand curve,
     * shared by every snapshot that reads it, so the table's snapshots stay small enough to stay in cache.
     */
    private OptionalDouble[] issuedValues;
    private OptionalDouble[] demandValues;
    /** With the table: each visited slot's actual intensity and demand weight, read without a division. */
    private final double[] actualBySlot;
    private final double[] weightBySlot;

    SnapshotBuilder(Scenario s) {
        this(s, false);
    }

    /**
     * A builder whose snapshots for every slot of the scenario are built now, when they fit the table budget
     * (else each is built when asked, as by a run's own builder). Safe to share between threads.
     */
    public static SnapshotBuilder shared(Scenario s) {
        return new SnapshotBuilder(s, true);
    }

    private SnapshotBuilder(Scenario s, boolean prebuild) {
        this.intensity = s.intensity();
        this.forecast = new ForecastView(s);
        this.demand = s.demand();
        this.repeat = s.repeat();
        this.horizon = s.horizonSlots();
        this.start = s.start().orElse(Instant.EPOCH);
        this.slot = Duration.ofNanos(Math.round(s.slotMinutes() * 60e9));
        this.slotSeconds = slot.getSeconds();
        this.slotNanos = slot.getNano();
        this.flatDemand = flatDemand(s);
        this.source = s;
        this.table = prebuild && fitsBudget(s) ? buildAll(s) : null;
        this.actualBySlot = table == null ? null : bySlot(table.length, this::actualAt);
        this.weightBySlot = table == null ? null : bySlot(table.length, this::weightAt);
    }

    private static double[] bySlot(int slots, IntToDoubleFunction value) {
        double[] out = new double[slots];
        for (int t = 0; t < slots; t++) {
            out[t] = value.applyAsDouble(t);
        }
        return out;
    }

    private static boolean flatDemand(Scenario s) {
        return s.loop().map(l -> l.demandForecast() == DeploymentLoop.DemandForecast.FLAT).orElse(false);
    }

    private boolean fitsBudget(Scenario s) {
        long perSlot = forecast.isFixed() ? 25 : 25 + horizon;
        return (long) slots(s) * perSlot <= TABLE_BUDGET;
    }

    private ForecastSnapshot[] buildAll(Scenario s) {
        issuedValues = forecast.isFixed() ? optionals(forecast.curve()) : null;
        demandValues = optionals(demand);
        ForecastSnapshot[] all = new ForecastSnapshot[slots(s)];
        for (int t = 0; t < all.length; t++) {
            all[t] = build(t);
        }
        issuedValues = null;
        demandValues = null;
        return all;
    }

    /** Each value as a schedule reads it: NaN is absent. */
    private static OptionalDouble[] optionals(double[] values) {
        OptionalDouble[] out = new OptionalDouble[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]) ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
        }
        return out;
    }

    /** Point k of a fixed-forecast schedule starting at curve index i, shared when the table is built. */
    private OptionalDouble issued(ForecastSchedule schedule, int i, int k) {
        if (issuedValues == null || k >= schedule.size()) {
            return schedule.value(k);
        }
        int j = i + k;
        return issuedValues[j < issuedValues.length ? j : j % issuedValues.length];
    }

    private OptionalDouble demandAt(int i) {
        return demandValues != null ? demandValues[i] : OptionalDouble.of(demand[i]);
    }

    /** The slots a run of the scenario visits: one past the last tick's. */
    private static int slots(Scenario s) {
        TickClock clock = s.clock();
        return clock.ticks() == 0 ? 0 : clock.slotOf(clock.ticks() - 1) + 1;
    }

    /** Whether this builder's snapshots are the ones {@code s} would build (its curves, forecast, clock). */
    boolean fits(Scenario s) {
        return s == source || Arrays.equals(s.intensity(), source.intensity())
                && Arrays.equals(s.forecast(), source.forecast()) && Arrays.equals(s.demand(), source.demand())
                && s.forecastError().equals(source.forecastError()) && s.repeat() == repeat
                && s.horizonSlots() == horizon && s.start().equals(source.start())
                && s.slotMinutes() == source.slotMinutes() && flatDemand(s) == flatDemand
                && s.clock().equals(source.clock());
    }

    int index(int t) {
        return repeat ? t % intensity.length : t;
    }

    ForecastSnapshot at(int t) {
        return table != null && t < table.length ? table[t] : build(t);
    }

    private ForecastSnapshot build(int t) {
        int n = intensity.length;
        int i = index(t);
        int size = repeat ? horizon : Math.min(horizon, n - t);
        // start + t slots in whole seconds and nanoseconds: exact, as Duration arithmetic, without BigDecimal.
        Instant first = Instant.ofEpochSecond(start.getEpochSecond() + t * slotSeconds,
                start.getNano() + t * slotNanos);
        ForecastSchedule schedule = forecast.isFixed()
                ? new ForecastSchedule(forecast.curve(), i, size, first, slot)
                : new ForecastSchedule(forecast.issuedAt(t, size), 0, size, first, slot);
        boolean shared = forecast.isFixed();
        OptionalDouble now = shared ? issued(schedule, i, 0) : schedule.value(0);
        OptionalDouble next = size > 1 ? (shared ? issued(schedule, i, 1) : schedule.value(1)) : now;
        OptionalDouble demandNow;
        OptionalDouble demandNext;
        if (demand.length > 0 && !flatDemand) {
            demandNow = demandAt(i);
            demandNext = demandAt(repeat || t + 1 < n ? index(t + 1) : i);
        } else {
            demandNow = DEFAULT_DEMAND_NOW;
            demandNext = demandNow;
        }
        return new ForecastSnapshot(now, next, demandNow, demandNext, schedule);
    }

    /** Demand weight of step t for the metrics: the demand curve, or 1 per slot without one. */
    double demandWeight(int t) {
        return weightBySlot != null && t < weightBySlot.length ? weightBySlot[t] : weightAt(t);
    }

    private double weightAt(int t) {
        return demand.length > 0 ? demand[index(t)] : 1.0;
    }

    /** The actual intensity of step t: what the grid emits, whatever the engine was told. */
    double intensityAt(int t) {
        return actualBySlot != null && t < actualBySlot.length ? actualBySlot[t] : actualAt(t);
    }

    private double actualAt(int t) {
        return intensity[index(t)];
    }

    /** The forecast the engine was given for step t at step t. */
    double forecastAt(int t) {
        return forecast.nowAt(t);
    }
}
