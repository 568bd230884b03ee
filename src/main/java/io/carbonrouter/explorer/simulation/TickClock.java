package io.carbonrouter.explorer.simulation;

import java.time.Duration;
import java.time.Instant;

/**
 * When the engine evaluates: tick k lies at {@code k * evaluationSeconds} into the run, in slot
 * {@code floor(k * E / S)}, and carries the share {@code E / S} of that slot's demand. Without a deployment
 * loop every slot is one tick with its whole demand.
 *
 * @param evaluationSeconds E, the interval between evaluations
 * @param slotSeconds       S, the length of a forecast slot
 * @param ticks             the evaluations of the run
 * @param perSlot           true for one evaluation per slot (tick k is slot k, exactly)
 * @param offsetSeconds     where tick 0 lies in the curve ({@link ClusterModel#startOffsetSeconds}); 0 without
 */
public record TickClock(double evaluationSeconds, double slotSeconds, int ticks, boolean perSlot,
                        double offsetSeconds) {

    /** The most evaluations a run may take: about nine and a half years at 15 s. */
    public static final long MAX_TICKS = 20_000_000L;

    static TickClock of(Scenario s) {
        double slot = s.slotMinutes() * 60.0;
        if (s.loop().isEmpty()) {
            return new TickClock(slot, slot, s.effectiveSteps(), true, 0);
        }
        DeploymentLoop loop = s.loop().get();
        double e = loop.evaluationSeconds();
        return new TickClock(e, slot, (int) Math.min(MAX_TICKS, tickCount(s.effectiveSteps(), slot, e)), false,
                loop.cluster().startOffsetSeconds());
    }

    /** {@code floor(steps * S / E)}, as a long so that the validator can refuse what would not fit. */
    static long tickCount(int steps, double slotSeconds, double evaluationSeconds) {
        return (long) Math.floor(steps * slotSeconds / evaluationSeconds);
    }

    public int slotOf(int tick) {
        return perSlot ? tick : slotAt(tick * evaluationSeconds);
    }

    /** The slot that run time {@code seconds} (from tick 0, negative in a warm-up) lies in, before any wrap. */
    public int slotAt(double seconds) {
        return (int) Math.floor(offsetSeconds == 0 ? seconds / slotSeconds : (offsetSeconds + seconds) / slotSeconds);
    }

    /** The share of its slot's demand that one tick carries. */
    public double share() {
        return perSlot ? 1.0 : evaluationSeconds / slotSeconds;
    }

    /**
     * Equal components, compared as a record compares them; written out because every run of a sweep compares
     * clocks, and a record's generated equals builds method handles at its first use, which a command pays at
     * every start.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof TickClock c && Double.compare(evaluationSeconds, c.evaluationSeconds) == 0
                && Double.compare(slotSeconds, c.slotSeconds) == 0 && ticks == c.ticks && perSlot == c.perSlot
                && Double.compare(offsetSeconds, c.offsetSeconds) == 0;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(evaluationSeconds);
        h = 31 * h + Double.hashCode(slotSeconds);
        h = 31 * h + ticks;
        h = 31 * h + Boolean.hashCode(perSlot);
        return 31 * h + Double.hashCode(offsetSeconds);
    }

    /** The start of tick k: the curve's start plus the offset into it plus k intervals. */
    public Instant timeOf(Instant start, int tick) {
        return start.plus(Duration.ofNanos(Math.round((offsetSeconds + tick * evaluationSeconds) * 1e9)));
    }
}
