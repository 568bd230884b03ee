package io.carbonrouter.explorer.simulation;

import io.carbonrouter.explorer.engine.ForecastSchedule;
import io.carbonrouter.explorer.engine.ForecastSnapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Builds the snapshot the engine sees at step t from the forecast as issued at t ({@link ForecastView}):
 * intensity now, the schedule of the next {@code horizonSlots} slots (stopping at the curve's end unless it
 * repeats), the next point, and demand now and next (100 each without a demand curve, or when the
 * deployment loop's estimator is flat).
 */
final class SnapshotBuilder {

    static final double DEFAULT_DEMAND = 100.0;

    private final double[] intensity;
    private final ForecastView forecast;
    private final double[] demand;
    private final boolean repeat;
    private final int horizon;
    private final Instant start;
    private final Duration slot;
    private final boolean flatDemand;

    SnapshotBuilder(Scenario s) {
        this.intensity = s.intensity();
        this.forecast = new ForecastView(s);
        this.demand = s.demand();
        this.repeat = s.repeat();
        this.horizon = s.horizonSlots();
        this.start = s.start().orElse(Instant.EPOCH);
        this.slot = Duration.ofNanos(Math.round(s.slotMinutes() * 60e9));
        this.flatDemand = s.loop().map(l -> l.demandForecast() == DeploymentLoop.DemandForecast.FLAT).orElse(false);
    }

    int index(int t) {
        return repeat ? t % intensity.length : t;
    }

    ForecastSnapshot at(int t) {
        int n = intensity.length;
        int i = index(t);
        int size = repeat ? horizon : Math.min(horizon, n - t);
        Instant first = start.plus(slot.multipliedBy(t));
        ForecastSchedule schedule = forecast.isFixed()
                ? new ForecastSchedule(forecast.curve(), i, size, first, slot)
                : new ForecastSchedule(forecast.issuedAt(t, size), 0, size, first, slot);
        OptionalDouble next = size > 1 ? schedule.value(1) : schedule.value(0);
        OptionalDouble demandNow;
        OptionalDouble demandNext;
        if (demand.length > 0 && !flatDemand) {
            demandNow = OptionalDouble.of(demand[i]);
            demandNext = OptionalDouble.of(repeat || t + 1 < n ? demand[index(t + 1)] : demand[i]);
        } else {
            demandNow = OptionalDouble.of(DEFAULT_DEMAND);
            demandNext = demandNow;
        }
        return new ForecastSnapshot(schedule.value(0), next, demandNow, demandNext, schedule);
    }

    /** Demand weight of step t for the metrics: the demand curve, or 1 per slot without one. */
    double demandWeight(int t) {
        return demand.length > 0 ? demand[index(t)] : 1.0;
    }

    /** The actual intensity of step t: what the grid emits, whatever the engine was told. */
    double intensityAt(int t) {
        return intensity[index(t)];
    }

    /** The forecast the engine was given for step t at step t. */
    double forecastAt(int t) {
        return forecast.nowAt(t);
    }
}
