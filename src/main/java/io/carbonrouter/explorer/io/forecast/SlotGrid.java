package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.simulation.Problem;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Puts timed entries on a regular grid of whole-minute slots. The slot is the declared one (the UK API's
 * from/to, WattTime's period) or else the spacing most entries keep. A spacing that is a whole multiple of
 * the slot leaves missing slots, which become gaps; any other spacing is irregular and refused, naming the entry.
 */
final class SlotGrid {

    /** A year of one-minute slots; keeps a far-off timestamp from asking for gigabytes. */
    static final int MAX_SLOTS = 527_040;
    static final int DEFAULT_SLOT_MINUTES = 30;

    /** The grid: intensity, demand and forecast per slot (NaN where missing), the slot length, the first start. */
    record Grid(double[] intensity, double[] demand, double[] forecast, int slotMinutes, Instant start) {
    }

    private SlotGrid() {
    }

    /**
     * @param declared the slot length the file states, if it states one
     * @param problems where refusals go; the grid is empty when there are any
     */
    static Optional<Grid> build(List<Sample> samples, OptionalInt declared, List<String> warnings,
                                List<Problem> problems) {
        for (int i = 1; i < samples.size(); i++) {
            Sample s = samples.get(i);
            Instant previous = samples.get(i - 1).time();
            if (!s.time().isAfter(previous)) {
                problems.add(s.problem("time " + s.time() + " is not after the previous entry's "
                        + previous + "; entries must be in time order without repeats"));
                return Optional.empty();
            }
        }
        OptionalInt slot = declared.isPresent() ? declared : commonSpacing(samples, problems);
        if (slot.isEmpty()) {
            if (!problems.isEmpty()) {
                return Optional.empty();
            }
            warnings.add("one entry and no slot length: assuming " + DEFAULT_SLOT_MINUTES + "-minute slots");
            slot = OptionalInt.of(DEFAULT_SLOT_MINUTES);
        }
        long slotSeconds = slot.getAsInt() * 60L;
        long[] index = new long[samples.size()];
        for (int i = 1; i < samples.size(); i++) {
            Sample s = samples.get(i);
            long gap = Duration.between(samples.get(i - 1).time(), s.time()).getSeconds();
            if (gap % slotSeconds != 0) {
                problems.add(s.problem("irregular spacing: " + minutes(gap) + " after the previous entry, but the"
                        + " slots are " + slot.getAsInt() + " min"));
                return Optional.empty();
            }
            index[i] = index[i - 1] + gap / slotSeconds;
            if (index[i] >= MAX_SLOTS) {
                problems.add(s.problem("the entries span more than " + MAX_SLOTS + " slots of "
                        + slot.getAsInt() + " min"));
                return Optional.empty();
            }
        }
        int length = samples.isEmpty() ? 0 : (int) index[index.length - 1] + 1;
        double[] intensity = new double[length];
        double[] demand = new double[length];
        double[] forecast = new double[length];
        Arrays.fill(intensity, Double.NaN);
        Arrays.fill(demand, Double.NaN);
        Arrays.fill(forecast, Double.NaN);
        for (int i = 0; i < samples.size(); i++) {
            intensity[(int) index[i]] = samples.get(i).intensity();
            demand[(int) index[i]] = samples.get(i).demand();
            forecast[(int) index[i]] = samples.get(i).forecast();
        }
        int missingSlots = length - samples.size();
        if (missingSlots > 0) {
            warnings.add(missingSlots + " slot" + (missingSlots == 1 ? " has" : "s have") + " no entry (the"
                    + " timestamps skip " + (missingSlots == 1 ? "it" : "them") + ")");
        }
        return Optional.of(new Grid(intensity, demand, forecast, slot.getAsInt(), samples.get(0).time()));
    }

    /**
     * The spacing most entries keep (the shorter on a tie): one mistyped time then stands out as irregular
     * instead of shrinking the slot for the whole file.
     */
    private static OptionalInt commonSpacing(List<Sample> samples, List<Problem> problems) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, Integer> firstAt = new HashMap<>();
        for (int i = 1; i < samples.size(); i++) {
            long gap = Duration.between(samples.get(i - 1).time(), samples.get(i).time()).getSeconds();
            counts.merge(gap, 1, Integer::sum);
            firstAt.putIfAbsent(gap, i);
        }
        Optional<Long> best = counts.keySet().stream()
                .max(Comparator.<Long>comparingInt(counts::get).thenComparing(Comparator.reverseOrder()));
        if (best.isEmpty()) {
            return OptionalInt.empty();
        }
        long spacing = best.get();
        if (spacing % 60 != 0 || spacing / 60 > Integer.MAX_VALUE) {
            problems.add(samples.get(firstAt.get(spacing)).problem("entries " + minutes(spacing) + " apart; slots"
                    + " must be a whole number of minutes"));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) (spacing / 60));
    }

    private static String minutes(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
