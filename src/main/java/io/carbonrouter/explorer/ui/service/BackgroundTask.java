package io.carbonrouter.explorer.ui.service;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Background work as the user sees it: a title, its progress, a line saying how far it is, and Cancel. One
 * object per {@link LatestTask}, reused by each of its requests; listed in {@link TaskExecutor#running()} while
 * it runs. Its state is written on the FX thread only.
 */
public final class BackgroundTask {

    private final String title;
    private final Runnable cancel;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    BackgroundTask(String title, Runnable cancel) {
        this.title = title;
        this.cancel = cancel;
    }

    /** What the work is, as a list of running tasks names it: "Comparing the strategies". */
    public String title() {
        return title;
    }

    /** Stops the work: it ends at its next check and nothing it computed is shown. On the FX thread. */
    public void cancel() {
        Fx.checkThread("cancelling " + title);
        cancel.run();
    }

    void start() {
        running.set(true);
    }

    void report(double share, String text) {
        progress.set(share);
        message.set(text);
    }

    void stop() {
        running.set(false);
        report(-1, "");
    }

    /** Whether the work is on its way (and listed). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share done, -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "3 of 7 runs, about 12 s left"; empty while there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return title;
    }
}
