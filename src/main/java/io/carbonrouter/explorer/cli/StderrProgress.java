package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.simulation.compare.Progress;
import io.carbonrouter.explorer.simulation.compare.TimeLeft;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A long batch's progress on standard error, with the time left: a bar redrawn in place (at most ten times a
 * second) when standard error is a terminal, otherwise one line per tenth of the runs, so a log stays short.
 */
final class StderrProgress implements Progress {

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String command;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final TimeLeft timeLeft;
    private int shownTenth;
    private long drawnAt;
    private int drawnWidth = -1;

    StderrProgress(PrintWriter err, String command, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.command = command;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.timeLeft = new TimeLeft(nanoClock);
    }

    /** On the process's standard error, drawn as a bar when that is a terminal. */
    static StderrProgress of(PrintWriter err, String command) {
        return new StderrProgress(err, command, stderrIsTerminal(), System::nanoTime);
    }

    @Override
    public void update(int done, int total) {
        if (terminal) {
            long now = nanoClock.getAsLong();
            if (done == total || drawnWidth < 0 || now - drawnAt >= REDRAW_NANOS) {
                drawnAt = now;
                String line = bar(done, total);
                // Spaces clear what a longer line drew before.
                err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
                err.flush();
                drawnWidth = line.length();
            }
            return;
        }
        int tenth = total == 0 ? 10 : (int) (10L * done / total);
        if (tenth > shownTenth) {
            shownTenth = tenth;
            err.println(String.format(Locale.ROOT, "%s: %d %% (%,d of %,d runs, %s)%s", command, tenth * 10, done,
                    total, TimeLeft.duration(timeLeft.elapsedNanos()), left(done, total)));
        }
    }

    private String bar(int done, int total) {
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        return String.format(Locale.ROOT, "%s [%s%s] %3d %% %,d/%,d runs%s", command, "#".repeat(filled),
                ".".repeat(BAR - filled), percent, done, total, left(done, total));
    }

    private String left(int done, int total) {
        String words = timeLeft.words(done, total);
        return words.isEmpty() ? "" : ", " + words;
    }

    /** Ends the bar's line, so what follows (a message, the shell's prompt) starts on a line of its own. */
    void finish() {
        if (terminal && drawnWidth >= 0) {
            err.println();
            drawnWidth = -1;
        }
    }

    /** Whether file descriptor 2 is a terminal (Linux: where /proc says it points; elsewhere: a console). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
