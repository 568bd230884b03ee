package io.carbonrouter.explorer.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every size and magnitude limit of the explorer, in one place: the validator, the file readers, the command line
 * and the GUI check against these before any work starts, so a hostile input is refused with a message naming the
 * limit instead of exhausting memory, hanging or printing NaN. The README lists them.
 */
public final class Limits {

    /** Steps in one run: ten years of five-minute slots is about 1.05 million. */
    public static final int MAX_STEPS = 1_000_000;
    /** Values in one curve (intensity, demand). */
    public static final int MAX_CURVE_POINTS = 1_000_000;
    /** The credit ledger's window, in steps: the ledger holds one value per step of its window. */
    public static final int MAX_CREDIT_WINDOW = 1_000_000;
    /** Forecast slots visible at each step: a week of five-minute slots. */
    public static final int MAX_HORIZON_SLOTS = 2_016;
    /** Flavours in one scenario. */
    public static final int MAX_FLAVOURS = 64;
    /** Slot length in minutes: one week. */
    public static final int MAX_SLOT_MINUTES = 10_080;
    /**
     * Largest magnitude of any number in a scenario (intensity, demand, carbon factors, throttle and credit
     * settings): products of three such numbers over every step stay far from overflow.
     */
    public static final double MAX_MAGNITUDE = 1e12;
    /** {@link #MAX_MAGNITUDE} as messages print it. */
    public static final String MAX_MAGNITUDE_TEXT = "1e12";
    /** The timeline must end by then, so every time label can be printed. */
    public static final Instant LATEST_TIME = Instant.parse("9999-12-31T23:59:59Z");
    /** And start after this. */
    public static final Instant EARLIEST_TIME = Instant.parse("1900-01-01T00:00:00Z");
    /** Largest file read: 16 MiB is a year of five-minute slots many times over. */
    public static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;
    /** Nesting depth of a JSON or YAML document. */
    public static final int MAX_DEPTH = 64;
    /** Characters in one scalar (a name, a number, a line of text); checked before the YAML parser runs. */
    public static final int MAX_SCALAR_CHARS = 1_000_000;
    /** Warnings printed or shown for one input; the rest are counted in one last line. */
    public static final int MAX_WARNINGS = 20;
    /** Estimated size of what {@code simulate} may write without {@code --force}. */
    public static final long MAX_OUTPUT_BYTES = 512L * 1024 * 1024;

    private Limits() {
    }

    /** At most {@link #MAX_WARNINGS} lines, the last saying how many more there were; idempotent. */
    public static List<String> capWarnings(List<String> warnings) {
        if (warnings.size() <= MAX_WARNINGS) {
            return List.copyOf(warnings);
        }
        List<String> out = new ArrayList<>(warnings.subList(0, MAX_WARNINGS - 1));
        out.add("and " + (warnings.size() - MAX_WARNINGS + 1) + " more warnings");
        return List.copyOf(out);
    }
}
