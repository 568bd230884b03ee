package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.ui.service.BackgroundTask;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The row that shows background work while it runs, in the status bar and the Compare and Sweep windows: an
 * optional prompt, the bar, an optional count ("12 / 40") and Cancel. Hidden, and taking no room, while nothing
 * runs. In FXML: {@code <ProgressRow fx:id="progress" prompt="Running…" barWidth="160"/>}.
 */
public final class ProgressRow extends HBox {

    private final Label prompt = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label count = new Label();
    private final Button cancel = new Button("Cancel");
    private final ObjectProperty<Runnable> onCancel = new SimpleObjectProperty<>(this, "onCancel");

    public ProgressRow() {
        getStyleClass().add("progress-box");
        count.getStyleClass().add("muted");
        count.setMinWidth(USE_PREF_SIZE);
        cancel.getStyleClass().add("small");
        // The count with the time left is long: the bar and the text before it give way, never Cancel.
        cancel.setMinWidth(USE_PREF_SIZE);
        cancel.setGraphic(Icons.CANCEL.node());
        cancel.setOnAction(e -> {
            Runnable action = onCancel.get();
            if (action != null) {
                action.run();
            }
        });
        for (Label label : new Label[] {prompt, count}) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        bar.setPrefWidth(160);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        getChildren().addAll(prompt, bar, count, cancel);
    }

    /** Shows a background task's progress and count while it runs; Cancel runs {@code cancelAction}. */
    public void show(BackgroundTask task, Runnable cancelAction, String cancelTip) {
        show(task.runningProperty(), task.progressProperty(), task.messageProperty(), cancelAction, cancelTip);
    }

    /**
     * Shows {@code progress} (and {@code countText}, which may be null) while {@code running} holds; Cancel runs
     * {@code cancelAction}. The task-taking overload feeds it.
     */
    private void show(ObservableBooleanValue running, ObservableNumberValue progress, ObservableStringValue countText,
                     Runnable cancelAction, String cancelTip) {
        visibleProperty().bind(running);
        bar.progressProperty().bind(progress);
        if (countText != null) {
            count.textProperty().bind(countText);
        }
        onCancel.set(cancelAction);
        cancel.setTooltip(Tooltips.tooltip(cancelTip));
    }

    /** The text before the bar, such as "Running…"; empty for none. */
    public StringProperty promptProperty() {
        return prompt.textProperty();
    }

    public String getPrompt() {
        return prompt.getText();
    }

    public void setPrompt(String text) {
        prompt.setText(text);
    }

    public double getBarWidth() {
        return bar.getPrefWidth();
    }

    public void setBarWidth(double width) {
        bar.setPrefWidth(width);
    }

    /** Whether the row shows: bound to the work's running state by {@link #show}. */
    public BooleanProperty showingProperty() {
        return visibleProperty();
    }

    /** What Cancel runs. */
    public ObjectProperty<Runnable> onCancelProperty() {
        return onCancel;
    }

    /** The Cancel button, for tests and accessibility. */
    public Button cancelButton() {
        return cancel;
    }
}
