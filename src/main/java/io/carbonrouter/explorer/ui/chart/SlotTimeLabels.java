package io.carbonrouter.explorer.ui.chart;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Wall-clock labels in UTC from a start instant, or day/time offsets from the first step without one. Steps
 * shorter than a minute, or off the whole minute, are labelled to the second.
 */
final class SlotTimeLabels implements TimeLabels {

    private static final long DAY = 86_400;
    private static final long WEEK = 7 * DAY;
    /** Weekly ticks fall on Mondays: the epoch (second 0) was a Thursday. */
    private static final long MONDAY_OFFSET = 4L * DAY;
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FULL_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_MONTH =
            DateTimeFormatter.ofPattern("dd MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** Dates on an axis longer than this carry their year, even within one calendar year. */
    private static final long YEAR_LONG = 300L * DAY;

    private final Optional<Instant> start;
    /** Seconds between steps: a slot, or a tick of the deployed loop. */
    private final double stepSeconds;
    /** Seconds since the epoch of step 0 (0 without a start, so offsets count from the first step). */
    private final long startSecond;
    /** Whether some step starts off a whole minute, so its labels need the seconds. */
    private final boolean toTheSecond;
    private final double stepsPerSlot;

    SlotTimeLabels(Optional<Instant> start, double stepMinutes, double slotMinutes) {
        this.start = Objects.requireNonNull(start, "start");
        positive("slotMinutes", slotMinutes);
        positive("tickMinutes", stepMinutes);
        this.stepSeconds = stepMinutes * 60.0;
        this.startSecond = start.map(Instant::getEpochSecond).orElse(0L);
        this.toTheSecond = Math.abs(stepSeconds - 60 * Math.rint(stepSeconds / 60)) > 1e-6 || startSecond % 60 != 0;
        this.stepsPerSlot = slotMinutes / stepMinutes;
    }

    private static void positive(String name, double minutes) {
        if (!(minutes > 0) || Double.isInfinite(minutes)) {
            throw new IllegalArgumentException(name + " must be positive: "
                    + (minutes == Math.rint(minutes) ? String.valueOf((long) minutes) : minutes));
        }
    }

    @Override
    public String label(int step) {
        long second = secondOf(step);
        if (start.isPresent()) {
            return (toTheSecond ? FULL_SECONDS : FULL).format(Instant.ofEpochSecond(second));
        }
        return dayOffset(second) + " " + clock(second, toTheSecond);
    }

    @Override
    public String shortLabel(int step) {
        return clock(secondOf(step), toTheSecond);
    }

    @Override
    public double stepsPerSlot() {
        return stepsPerSlot;
    }

    @Override
    public List<TimeTick> ticks(double from, double to, int maxTicks) {
        double first = startSecond + from * stepSeconds;
        double last = startSecond + to * stepSeconds;
        long interval = TimeTicks.secondInterval(last - first, maxTicks, stepSeconds);
        long align = start.isPresent() && interval % WEEK == 0 ? MONDAY_OFFSET : 0;
        long tick = Math.floorDiv((long) Math.ceil(first) - align + interval - 1, interval) * interval + align;
        DateTimeFormatter dates = withYear(first, last) ? DAY_MONTH_YEAR : DAY_MONTH;
        List<TimeTick> ticks = new ArrayList<>();
        for (; tick <= last; tick += interval) {
            boolean dayTick = interval >= DAY || Math.floorMod(tick, DAY) == 0;
            String text = dayTick ? dayLabel(tick, dates) : clock(tick, interval < 60);
            ticks.add(new TimeTick((tick - startSecond) / stepSeconds, text));
        }
        return ticks;
    }

    /**
     * Whether the axis from second {@code first} to {@code last} crosses a new year or is most of one long. The
     * half steps at either end do not count: a run that starts at midnight on 1 January stays within its year.
     */
    private boolean withYear(double first, double last) {
        if (start.isEmpty()) {
            return false;
        }
        double half = stepSeconds / 2.0;
        int from = Instant.ofEpochSecond((long) Math.floor(first + half)).atZone(ZoneOffset.UTC).getYear();
        int to = Instant.ofEpochSecond((long) Math.floor(last - half)).atZone(ZoneOffset.UTC).getYear();
        return from != to || last - first > YEAR_LONG;
    }

    private long secondOf(int step) {
        return startSecond + Math.round(step * stepSeconds);
    }

    private String dayLabel(long second, DateTimeFormatter dates) {
        return start.isPresent() ? dates.format(Instant.ofEpochSecond(second)) : dayOffset(second);
    }

    private static String dayOffset(long second) {
        return "+" + Math.floorDiv(second, DAY) + "d";
    }

    private static String clock(long second, boolean withSeconds) {
        long ofDay = Math.floorMod(second, DAY);
        return withSeconds
                ? String.format(Locale.ROOT, "%02d:%02d:%02d", ofDay / 3600, ofDay / 60 % 60, ofDay % 60)
                : String.format(Locale.ROOT, "%02d:%02d", ofDay / 3600, ofDay / 60 % 60);
    }
}
