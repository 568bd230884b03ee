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
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** Dates on an axis longer than this carry their year, even within one calendar year. */
    private static final long YEAR_LONG = 300L * DAY;

    private final Optional<Instant> start;
    /** Minutes between steps: a slot, or a tick of the deployed loop (a quarter of a minute at 15 s). */
    private final double slotMinutes;
    /** Minutes since the epoch of step 0 (0 without a start, so offsets count from the first step). */
    private final double startMinute;

    SlotTimeLabels(Optional<Instant> start, double slotMinutes) {
        this.start = Objects.requireNonNull(start, "start");
        if (!(slotMinutes > 0) || Double.isInfinite(slotMinutes)) {
            throw new IllegalArgumentException("slotMinutes must be positive: "
                    + (slotMinutes == Math.rint(slotMinutes) ? String.valueOf((long) slotMinutes) : slotMinutes));
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
        DateTimeFormatter dates = withYear(first, last) ? DAY_MONTH_YEAR : DAY_MONTH;
        List<TimeTick> ticks = new ArrayList<>();
        for (; tick <= last; tick += interval) {
            boolean dayTick = interval >= DAY || Math.floorMod(tick, DAY) == 0;
            String text = dayTick ? dayLabel(tick, dates) : clock(tick);
            ticks.add(new TimeTick((tick - startMinute) / slotMinutes, text));
        }
        return ticks;
    }

    /**
     * Whether the axis from minute {@code first} to {@code last} crosses a new year or is most of one long. The
     * half slots at either end do not count: a run that starts at midnight on 1 January stays within its year.
     */
    private boolean withYear(double first, double last) {
        if (start.isEmpty()) {
            return false;
        }
        double half = slotMinutes / 2.0;
        int from = instantOf((long) Math.floor(first + half)).atZone(ZoneOffset.UTC).getYear();
        int to = instantOf((long) Math.floor(last - half)).atZone(ZoneOffset.UTC).getYear();
        return from != to || last - first > YEAR_LONG;
    }

    private long minuteOf(int step) {
        return Math.round(startMinute + step * slotMinutes);
    }

    private String dayLabel(long minute, DateTimeFormatter dates) {
        return start.isPresent() ? dates.format(instantOf(minute)) : dayOffset(minute);
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
