package io.carbonrouter.explorer.simulation.compare;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How long a batch has left, from its pace so far: the time per finished job times the jobs to go. The first
 * jobs run while the JIT compiles, so early estimates run high and come down. The command line and the
 * Compare and Sweep windows word it the same way.
 */
public final class TimeLeft {

    private final LongSupplier nanoClock;
    private final long start;

    /** Starts counting now, by {@code nanoClock} ({@code System::nanoTime}; a fake in tests). */
    public TimeLeft(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
    }

    public long elapsedNanos() {
        return nanoClock.getAsLong() - start;
    }

    /** Nanoseconds left when {@code done} of {@code total} jobs are finished; -1 before the first is. */
    public long nanosLeft(int done, int total) {
        if (done <= 0) {
            return -1;
        }
        return (long) ((double) elapsedNanos() / done * Math.max(0, total - done));
    }

    /** "about 1 min 20 s left", "under a second left"; "" while nothing is known yet or nothing is left. */
    public String words(int done, int total) {
        long left = nanosLeft(done, total);
        if (left < 0 || done >= total) {
            return "";
        }
        return left < 500_000_000L ? "under a second left" : "about " + duration(left) + " left";
    }

    /** A duration as people read it, to the second: "4 s", "1 min 20 s", "2 h 05 min". */
    public static String duration(long nanos) {
        long s = Math.max(0, Math.round(nanos / 1e9));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
