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
 */
public record TickClock(double evaluationSeconds, double slotSeconds, int ticks, boolean perSlot) {

    /** The most evaluations a run may take: about nine and a half years at 15 s. */
    public static final long MAX_TICKS = 20_000_000L;

    static TickClock of(Scenario s) {
        double slot = s.slotMinutes() * 60.0;
        if (s.loop().isEmpty()) {
            return new TickClock(slot, slot, s.effectiveSteps(), true);
        }
        double e = s.loop().get().evaluationSeconds();
        return new TickClock(e, slot, (int) Math.min(MAX_TICKS, tickCount(s.effectiveSteps(), slot, e)), false);
    }

    /** {@code floor(steps * S / E)}, as a long so that the validator can refuse what would not fit. */
    static long tickCount(int steps, double slotSeconds, double evaluationSeconds) {
        return (long) Math.floor(steps * slotSeconds / evaluationSeconds);
    }

    public int slotOf(int tick) {
        return perSlot ? tick : (int) Math.floor(tick * evaluationSeconds / slotSeconds);
    }

    /** The share of its slot's demand that one tick carries. */
    public double share() {
        return perSlot ? 1.0 : evaluationSeconds / slotSeconds;
    }

    /** The start of tick k. */
    public Instant timeOf(Instant start, int tick) {
        return start.plus(Duration.ofNanos(Math.round(tick * evaluationSeconds * 1e9)));
    }
}
