package io.carbonrouter.explorer.ui.service;

import javafx.application.Platform;

/**
 * The FX-thread rule in code: view models, runs and jobs are driven from the FX thread, their results come
 * back through {@link FxExecutor}. An entry point that must be on the FX thread calls {@link #checkThread},
 * which fails when the app's own background threads (those of {@link WorkerExecutor} and
 * {@link BackgroundScheduler}) call it. Tests that drive view models from their own thread stand for the
 * FX thread and pass.
 */
public final class Fx {

    private Fx() {
    }

    /** Throws when called on one of the app's background threads, naming {@code what} was called. */
    public static void checkThread(String what) {
        Thread t = Thread.currentThread();
        if (!Platform.isFxApplicationThread() && t instanceof BackgroundThread) {
            throw new IllegalStateException(what + " must be called on the FX thread, not on " + t.getName());
        }
    }

    /** A daemon thread of the app's background work, which may not touch FX-thread state. */
    static final class BackgroundThread extends Thread {

        BackgroundThread(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }
}
