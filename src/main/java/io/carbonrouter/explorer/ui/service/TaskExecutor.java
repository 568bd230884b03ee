package io.carbonrouter.explorer.ui.service;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.Executor;

/**
 * The one way the GUI runs background work: every job is a {@link LatestTask} made here, which lists its
 * {@link BackgroundTask} in {@link #running()} while it works and hands its results, failures and progress back
 * through the one FX executor. The work itself goes to the thread its owner names (the runs' own thread, the
 * batch threads, the autosave's delay); this keeps the list and the way back. Called on the FX thread.
 */
public final class TaskExecutor {

    private final Executor fx;
    private final ObservableList<BackgroundTask> running = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask> readOnly = FXCollections.unmodifiableObservableList(running);

    /** @param fx runs work on the FX thread ({@link FxExecutor}; the calling thread in tests) */
    public TaskExecutor(Executor fx) {
        this.fx = fx;
    }

    /** Work on {@code background} where the latest request wins, listed as {@code title} from its start. */
    public LatestTask latest(String title, Executor background) {
        return new LatestTask(this, title, background, true);
    }

    /**
     * As {@link #latest}, listed only once it reports progress: the edits' runs (a slow one reports after
     * 200 ms) and the autosave, which come by the dozen and are mostly done in a blink.
     */
    public LatestTask latestWhenSlow(String title, Executor background) {
        return new LatestTask(this, title, background, false);
    }

    /** The work on its way, in the order it started; read-only, changed on the FX thread. */
    public ObservableList<BackgroundTask> running() {
        return readOnly;
    }

    /** Hands {@code update} to the FX thread: the way back from a worker. */
    public void onFx(Runnable update) {
        fx.execute(update);
    }

    void list(BackgroundTask task) {
        if (!task.runningProperty().get()) {
            task.start();
            running.add(task);
        }
    }

    void unlist(BackgroundTask task) {
        if (task.runningProperty().get()) {
            task.stop();
            running.remove(task);
        }
    }
}
