package io.carbonrouter.explorer.ui.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The one background thread runs go to: one at a time, in order, a daemon so it never holds the app open. */
public final class WorkerExecutor {

    private WorkerExecutor() {
    }

    public static ExecutorService create() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "policy-explorer-runs");
            t.setDaemon(true);
            return t;
        });
    }
}
