package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.ui.run.BatchJob;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Shows a background job's progress row (bar and count) only while the job runs. */
public final class ProgressBinding {

    private ProgressBinding() {
    }

    public static void bind(BatchJob job, HBox box, ProgressBar bar, Label text) {
        box.visibleProperty().bind(job.runningProperty());
        box.managedProperty().bind(job.runningProperty());
        bar.progressProperty().bind(job.progressProperty());
        text.textProperty().bind(job.progressTextProperty());
    }
}
