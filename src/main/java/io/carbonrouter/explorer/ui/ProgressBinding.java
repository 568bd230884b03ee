package io.carbonrouter.explorer.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Shows a background job's progress row (bar and count) only while the job runs. */
final class ProgressBinding {

    private ProgressBinding() {
    }

    static void bind(BatchJob job, HBox box, ProgressBar bar, Label text) {
        box.visibleProperty().bind(job.runningProperty());
        box.managedProperty().bind(job.runningProperty());
        bar.progressProperty().bind(job.progressProperty());
        text.textProperty().bind(job.progressTextProperty());
    }
}
