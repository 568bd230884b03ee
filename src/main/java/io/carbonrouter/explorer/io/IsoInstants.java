package io.carbonrouter.explorer.io;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Appends instants exactly as {@link Instant#toString()} prints them (ISO-8601 in UTC, the fraction in groups
 * of three digits as needed) without building a formatter, a date-time and two strings per call: a streamed
 * run prints one per step. The date part is kept while the day stays the same. Not thread-safe.
 */
final class IsoInstants {

    private static final int SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: outside, years take a sign or more digits. */
    private static final long FIRST_SECOND = -62_167_219_200L;
    private static final long END_SECOND = 253_402_300_800L;

    private long day = Long.MIN_VALUE;
    private String dayText = "";

    void append(StringBuilder out, Instant t) {
        long seconds = t.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds >= END_SECOND) {
            out.append(t);
            return;
        }
        long d = Math.floorDiv(seconds, SECONDS_PER_DAY);
        if (d != day) {
            day = d;
            dayText = LocalDate.ofEpochDay(d) + "T";
        }
        int s = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        out.append(dayText);
        digits(out, s / 3600, 2);
        out.append(':');
        digits(out, s / 60 % 60, 2);
        out.append(':');
        digits(out, s % 60, 2);
        int nano = t.getNano();
        if (nano != 0) {
            out.append('.');
            if (nano % 1_000_000 == 0) {
                digits(out, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(out, nano / 1000, 6);
            } else {
                digits(out, nano, 9);
            }
        }
        out.append('Z');
    }

    private static void digits(StringBuilder out, int value, int width) {
        int limit = 1;
        for (int i = 1; i < width; i++) {
            limit *= 10;
        }
        for (int p = limit; p > 0; p /= 10) {
            out.append((char) ('0' + value / p % 10));
        }
    }
}
