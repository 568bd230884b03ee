package io.carbonrouter.explorer.engine;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * What the engine knows at one step: carbon intensity now and next (gCO2/kWh), demand now and next
 * (requests), and the forecast schedule from the current slot on. Absent values are empty optionals.
 * Immutable as far as anyone can see: two snapshots with equal values are equal. It also remembers what the
 * engine works out from it alone ({@link #derived}), for every engine that reads it.
 */
public final class ForecastSnapshot {

    private final OptionalDouble intensityNow;
    private final OptionalDouble intensityNext;
    private final OptionalDouble demandNow;
    private final OptionalDouble demandNext;
    private final ForecastSchedule schedule;
    /** Derivations and their values, alternately; replaced whole (never changed in place) when one is added. */
    private volatile Object[] derived = new Object[0];

    public ForecastSnapshot(OptionalDouble intensityNow, OptionalDouble intensityNext, OptionalDouble demandNow,
                            OptionalDouble demandNext, ForecastSchedule schedule) {
        this.intensityNow = Objects.requireNonNull(intensityNow, "intensityNow");
        this.intensityNext = Objects.requireNonNull(intensityNext, "intensityNext");
        this.demandNow = Objects.requireNonNull(demandNow, "demandNow");
        this.demandNext = Objects.requireNonNull(demandNext, "demandNext");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    public OptionalDouble intensityNow() {
        return intensityNow;
    }

    public OptionalDouble intensityNext() {
        return intensityNext;
    }

    public OptionalDouble demandNow() {
        return demandNow;
    }

    public OptionalDouble demandNext() {
        return demandNext;
    }

    public ForecastSchedule schedule() {
        return schedule;
    }

    /**
     * What {@code derivation} makes of this snapshot, worked out at its first use and remembered: the runs of a
     * sweep or a comparison step through the same snapshots, so what a strategy or the throttle reads from the
     * snapshot alone is computed once per snapshot instead of once per run. {@code derivation} must depend on the
     * snapshot alone and return an immutable value; it is told apart by identity (a constant). Thread-safe: two
     * threads may both work a value out, and either keeps it.
     */
    public <T> T derived(Function<ForecastSnapshot, T> derivation) {
        Object[] known = derived;
        for (int i = 0; i < known.length; i += 2) {
            if (known[i] == derivation) {
                @SuppressWarnings("unchecked")
                T value = (T) known[i + 1];
                return value;
            }
        }
        T value = derivation.apply(this);
        Object[] more = Arrays.copyOf(known, known.length + 2);
        more[known.length] = derivation;
        more[known.length + 1] = value;
        derived = more;
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ForecastSnapshot s && intensityNow.equals(s.intensityNow)
                && intensityNext.equals(s.intensityNext) && demandNow.equals(s.demandNow)
                && demandNext.equals(s.demandNext) && schedule.equals(s.schedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intensityNow, intensityNext, demandNow, demandNext, schedule);
    }

    @Override
    public String toString() {
        return "ForecastSnapshot[intensityNow=" + intensityNow + ", intensityNext=" + intensityNext
                + ", demandNow=" + demandNow + ", demandNext=" + demandNext + ", schedule=" + schedule + "]";
    }
}
