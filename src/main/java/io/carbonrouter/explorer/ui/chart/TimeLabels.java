package io.carbonrouter.explorer.ui.chart;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Names the steps of a time axis: in full for hover text and the inspector, briefly for axis ticks. */
public interface TimeLabels {

    /** The full label, such as {@code 2024-03-04 14:30 UTC} or {@code +1d 02:30}. */
    String label(int step);

    /** A brief label, such as {@code 14:30}. */
    String shortLabel(int step);

    /**
     * At most {@code maxTicks} ticks between the slot positions {@code from} and {@code to}. The default places
     * them every 1, 2 or 5 times a power of ten steps, labelled with {@link #shortLabel}.
     */
    default List<TimeTick> ticks(double from, double to, int maxTicks) {
        return TimeTicks.stepTicks(from, to, maxTicks, this::shortLabel);
    }

    /**
     * How many steps a forecast slot spans: above 1 when the steps are the deployed loop's evaluation ticks,
     * whose slot boundaries a chart marks as a grid once a slot is wide enough to see.
     */
    default double stepsPerSlot() {
        return 1;
    }

    /**
     * Labels for steps {@code slotMinutes} apart (a slot, or a tick of the deployed loop) from {@code start}:
     * dates and times in UTC, or offsets from the first step (such as {@code +1d 02:30}) without a start. Ticks
     * fall on whole hours, days and months; steps off the whole minute are labelled to the second.
     */
    static TimeLabels of(Optional<Instant> start, double slotMinutes) {
        return new SlotTimeLabels(start, slotMinutes, slotMinutes);
    }

    /**
     * Labels for the deployed loop's ticks, {@code tickMinutes} apart, within forecast slots of
     * {@code slotMinutes}: tick k is at {@code start + k * tickMinutes}.
     */
    static TimeLabels of(Optional<Instant> start, double tickMinutes, double slotMinutes) {
        return new SlotTimeLabels(start, tickMinutes, slotMinutes);
    }

    /** Plain step numbers, for data without a time base. */
    static TimeLabels steps() {
        return StepTimeLabels.INSTANCE;
    }
}
