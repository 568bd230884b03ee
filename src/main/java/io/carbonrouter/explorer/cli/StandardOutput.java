package io.carbonrouter.explorer.cli;

import io.carbonrouter.explorer.io.IoReasons;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Standard output that remembers why a write failed. {@link java.io.PrintStream} and {@link PrintWriter} swallow
 * their IOExceptions, so a full disk ({@code > /dev/full}) or a reader gone ({@code | head}) would otherwise end
 * in exit 0 with nothing written. The failure is kept, rethrown to whoever streams (so a long run stops), and
 * turned into the exit code at the end: a closed pipe ends quietly with the shell's convention (128 + SIGPIPE),
 * anything else with one line and exit 1.
 */
final class StandardOutput extends FilterOutputStream {

    /** What a shell reports for a process ended by SIGPIPE (13). */
    static final int CLOSED_PIPE = 128 + 13;

    /** The process's standard output while a command line runs from the launcher; null otherwise. */
    private static volatile StandardOutput installed;

    private volatile IOException failure;

    StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        guard(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        guard(() -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
        guard(out::flush);
    }

    private void guard(IoAction action) throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            action.run();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** Where a command streams its output when there is no {@code --out}: fails loudly, unlike System.out. */
    static OutputStream stream() {
        StandardOutput s = installed;
        return s != null ? s : System.out;
    }

    /** True when standard output has failed: the command's own error is then the failed write, said once. */
    static boolean hasFailed() {
        StandardOutput s = installed;
        return s != null && s.failure != null;
    }

    static void install(StandardOutput stdout) {
        installed = stdout;
    }

    /**
     * The exit code once the command is done: {@code code} when every write went through; otherwise
     * {@link #CLOSED_PIPE} without a word for a closed pipe, or 1 with the reason on {@code err}.
     */
    int exitCode(int code, String command, PrintWriter err) {
        try {
            flush();
        } catch (IOException e) {
            // kept in failure
        }
        if (failure == null) {
            return code;
        }
        if (isClosedPipe(failure)) {
            return CLOSED_PIPE;
        }
        err.println(command + ": cannot write to standard output: " + IoReasons.of(failure));
        return OneLineErrors.BAD_INPUT;
    }

    static boolean isClosedPipe(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("broken pipe") || m.contains("stream closed");
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
