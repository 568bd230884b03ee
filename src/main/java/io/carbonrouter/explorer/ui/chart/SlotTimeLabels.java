package io.carbonrouter.explorer.ui.chart;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
    private static final DateTimeFormatter FULL = utc("yyyy-MM-dd HH:mm 'UTC'");
    private static final DateTimeFormatter FULL_SECONDS = utc("yyyy-MM-dd HH:mm:ss 'UTC'");
    private static final DateTimeFormatter DAY_MONTH = utc("dd MMM");
    private static final DateTimeFormatter DAY_MONTH_YEAR = utc("dd MMM yyyy");
    /** Dates on an axis longer than this carry their year, even within one calendar year. */
    private static final long YEAR_LONG = 300L * DAY;
    /** Ticks four weeks apart or more fall on the first of a month instead: every 1, 2, 3, 6 or 12 months. */
    private static final long MONTHLY = 28 * DAY;
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};
    private static final DateTimeFormatter MONTH = utc("MMM");
    private static final DateTimeFormatter MONTH_YEAR = utc("MMM yyyy");
    private static final DateTimeFormatter YEAR = utc("yyyy");
    private static final double AVERAGE_MONTH = 365.2425 / 12 * DAY;

    private static DateTimeFormatter utc(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC);
    }

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
        if (start.isPresent() && interval >= MONTHLY) {
            return monthTicks(first, last, maxTicks);
        }
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
     * Ticks on the first of every 1, 2, 3, 6 or 12 months (the fewest that keep to {@code maxTicks}), named by
     * the month; January by its year, and the first tick by month and year when the axis carries a year, as a
     * calendar does.
     */
    private List<TimeTick> monthTicks(double first, double last, int maxTicks) {
        int every = MONTH_STEPS[MONTH_STEPS.length - 1];
        for (int m : MONTH_STEPS) {
            if ((last - first) / (m * AVERAGE_MONTH) <= Math.max(1, maxTicks)) {
                every = m;
                break;
            }
        }
        boolean withYear = withYear(first, last);
        ZonedDateTime month = Instant.ofEpochSecond((long) Math.ceil(first)).atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        List<TimeTick> ticks = new ArrayList<>();
        for (; month.toEpochSecond() <= last; month = month.plusMonths(1)) {
            if (month.toEpochSecond() < first || (month.getMonthValue() - 1) % every != 0) {
                continue;
            }
            DateTimeFormatter format = month.getMonthValue() == 1 ? YEAR
                    : withYear && ticks.isEmpty() ? MONTH_YEAR : MONTH;
            ticks.add(new TimeTick((month.toEpochSecond() - startSecond) / stepSeconds, format.format(month)));
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
