package io.carbonrouter.explorer.ui.service;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Catches what nothing else caught, on any thread, logs it with its stack trace and shows one line in the
 * status bar: no exception reaches the user as a crash or a stack trace dialog.
 */
public final class ErrorReporter {

    private static final System.Logger LOG = System.getLogger("io.carbonrouter.explorer.ui");

    private ErrorReporter() {
    }

    public static void install(Executor fx, Consumer<String> show) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(System.Logger.Level.ERROR, "unexpected error on " + thread.getName(), error);
            String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            fx.execute(() -> show.accept("Unexpected error: " + what + " (details in the log)"));
        });
    }
}
