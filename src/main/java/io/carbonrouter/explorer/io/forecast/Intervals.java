package io.carbonrouter.explorer.io.forecast;

import io.carbonrouter.explorer.simulation.Limits;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slot lengths written as text: {@code 15s}, {@code 5min}, {@code 30 min}, {@code 1h}, {@code PT30M}. */
final class Intervals {

    private static final Pattern SIMPLE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)");

    private Intervals() {
    }

    /**
     * The length in minutes (0.25 is 15 s).
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a length of at least
     *                                  one whole second
     */
    static double minutes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        double seconds;
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            seconds = Double.parseDouble(m.group(1)) * unitSeconds(m.group(2).charAt(0));
        } else {
            try {
                seconds = Duration.parse(t.toUpperCase(Locale.ROOT)).toMillis() / 1000.0;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a slot length; write it as 5min, 30min,"
                        + " 1h or PT30M");
            }
        }
        if (seconds < 1 || seconds % 1 != 0 || seconds / 60 > Limits.MAX_SLOT_MINUTES) {
            throw new IllegalArgumentException("\"" + text + "\" is " + seconds + " seconds; slots must be"
                    + " a whole number of seconds, at least one and at most " + Limits.MAX_SLOT_MINUTES + " minutes");
        }
        return seconds / 60;
    }

    private static double unitSeconds(char unit) {
        switch (unit) {
            case 's':
                return 1;
            case 'm':
                return 60;
            case 'h':
                return 3600;
            default:
                return 86400;
        }
    }
}
