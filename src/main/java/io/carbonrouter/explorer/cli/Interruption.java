package io.carbonrouter.explorer.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C (or a TERM) while a long command runs: the work is told to stop through {@link #requested}, and the
 * JVM's exit waits (up to a minute) for the command to close this, so it ends its own way: a batch stops
 * before anything is written, a file being written is finished and moved into place, never left half done.
 */
final class Interruption implements AutoCloseable {

    private static final long WAIT_SECONDS = 60;

    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    private Interruption() {
        hook = new Thread(() -> {
            requested.set(true);
            try {
                closed.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ctrl-c");
    }

    /** Watches from now until {@link #close}. */
    static Interruption watch() {
        Interruption i = new Interruption();
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /** Whether Ctrl+C was pressed (the JVM is shutting down). */
    boolean requested() {
        return requested.get();
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running and now returns: the JVM exits as Ctrl+C asked.
        }
    }
}
