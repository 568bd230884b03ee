package io.carbonrouter.explorer.ui.chart;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Wall-clock labels in UTC from a start instant, or day/time offsets from the first step without one. */
final class SlotTimeLabels implements TimeLabels {

    private static final int DAY = 1440;
    private static final int WEEK = 7 * DAY;
    /** Weekly ticks fall on Mondays: the epoch (minute 0) was a Thursday. */
    private static final long MONDAY_OFFSET = 4L * DAY;
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_MONTH =
            DateTimeFormatter.ofPattern("dd MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Optional<Instant> start;
    private final int slotMinutes;
    /** Minutes since the epoch of step 0 (0 without a start, so offsets count from the first step). */
    private final double startMinute;

    SlotTimeLabels(Optional<Instant> start, int slotMinutes) {
        this.start = Objects.requireNonNull(start, "start");
        if (slotMinutes <= 0) {
            throw new IllegalArgumentException("slotMinutes must be positive: " + slotMinutes);
        }
        this.slotMinutes = slotMinutes;
        this.startMinute = start.map(s -> s.getEpochSecond() / 60.0).orElse(0.0);
    }

    @Override
    public String label(int step) {
        long minute = minuteOf(step);
        return start.isPresent() ? FULL.format(instantOf(minute)) : dayOffset(minute) + " " + clock(minute);
    }

    @Override
    public String shortLabel(int step) {
        return clock(minuteOf(step));
    }

    @Override
    public List<TimeTick> ticks(double from, double to, int maxTicks) {
        double first = startMinute + from * slotMinutes;
        double last = startMinute + to * slotMinutes;
        long interval = TimeTicks.minuteInterval(last - first, maxTicks, slotMinutes);
        long align = start.isPresent() && interval % WEEK == 0 ? MONDAY_OFFSET : 0;
        long tick = Math.floorDiv((long) Math.ceil(first) - align + interval - 1, interval) * interval + align;
        List<TimeTick> ticks = new ArrayList<>();
        for (; tick <= last; tick += interval) {
            boolean dayTick = interval >= DAY || Math.floorMod(tick, DAY) == 0;
            String text = dayTick ? dayLabel(tick) : clock(tick);
            ticks.add(new TimeTick((tick - startMinute) / slotMinutes, text));
        }
        return ticks;
    }

    private long minuteOf(int step) {
        return Math.round(startMinute + (double) step * slotMinutes);
    }

    private String dayLabel(long minute) {
        return start.isPresent() ? DAY_MONTH.format(instantOf(minute)) : dayOffset(minute);
    }

    private static Instant instantOf(long minute) {
        return Instant.ofEpochSecond(minute * 60);
    }

    private static String dayOffset(long minute) {
        return "+" + Math.floorDiv(minute, DAY) + "d";
    }

    private static String clock(long minute) {
        long ofDay = Math.floorMod(minute, DAY);
        return String.format(Locale.ROOT, "%02d:%02d", ofDay / 60, ofDay % 60);
    }
}
