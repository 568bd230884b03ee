package io.carbonrouter.explorer.ui.status;

import io.carbonrouter.explorer.ui.common.ProgressRow;
import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.service.BackgroundTask;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.PopupWindow;

import java.util.List;
import java.util.Locale;

/**
 * The status bar: messages, the background work on its way and the last run's figures. The work shows as
 * one compact button ("2 tasks running") with a small bar; it opens the list of tasks, each with its progress,
 * how far it is and Cancel.
 */
public final class StatusView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private static final double ROW_WIDTH = 660;

    private final StatusViewModel vm;

    @FXML
    private Label message;
    @FXML
    private Button tasks;
    @FXML
    private Label runInfo;
    private final ProgressBar bar = new ProgressBar();
    private final VBox rows = new VBox();
    private final Popup list = new Popup();

    public StatusView(StatusViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(ERROR, now));
        message.pseudoClassStateChanged(ERROR, vm.errorProperty().get());
        message.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> vm.messageProperty().get().isEmpty() ? null : Tooltips.tooltip(vm.messageProperty().get()),
                vm.messageProperty()));
        bar.setPrefWidth(60);
        bar.setPrefHeight(12);
        tasks.setGraphic(bar);
        tasks.textProperty().bind(vm.tasksSummary());
        tasks.visibleProperty().bind(Bindings.isNotEmpty(vm.runningTasks()));
        tasks.managedProperty().bind(tasks.visibleProperty());
        tasks.setTooltip(Tooltips.tooltip("The work running in the background: open to see each task's "
                + "progress and to cancel it"));
        rows.getStyleClass().add("task-list");
        list.getContent().add(rows);
        list.setAutoHide(true);
        list.setAnchorLocation(PopupWindow.AnchorLocation.CONTENT_BOTTOM_LEFT);
        tasks.setOnAction(e -> toggleList());
        vm.runningTasks().addListener((ListChangeListener<BackgroundTask>) change -> list(vm.runningTasks()));
        list(vm.runningTasks());
        runInfo.textProperty().bind(vm.runInfoProperty());
        runInfo.setTooltip(Tooltips.tooltip(StatusViewModel.RUN_INFO_HELP));
    }

    /** One row per task; the small bar follows the only task, and spins while several run. */
    private void list(List<BackgroundTask> running) {
        rows.getChildren().setAll(running.stream().map(this::row).toList());
        bar.progressProperty().unbind();
        if (running.size() == 1) {
            bar.progressProperty().bind(running.get(0).progressProperty());
        } else {
            bar.setProgress(-1);
        }
        if (running.isEmpty()) {
            list.hide();
        }
    }

    /** Opens the list above the button, in the window's style, or closes it. */
    private void toggleList() {
        if (list.isShowing()) {
            list.hide();
            return;
        }
        rows.getStylesheets().setAll(tasks.getScene().getStylesheets());
        Bounds b = tasks.localToScreen(tasks.getBoundsInLocal());
        list.show(tasks, b.getMinX(), b.getMinY());
    }

    private ProgressRow row(BackgroundTask task) {
        ProgressRow row = new ProgressRow();
        row.setPrompt(task.title());
        row.show(task, () -> vm.cancel(task), "Stop " + task.title().toLowerCase(Locale.ROOT)
                + "; nothing it computed so far is shown");
        row.cancelButton().getStyleClass().add("cancel-task");
        // The count grows as the work goes on ("31,744 of 32,064 runs, under a second left"): the row keeps a
        // width of its own, so the list does not outgrow the width it opened with and cut Cancel off.
        row.setPrefWidth(ROW_WIDTH);
        row.setBarWidth(100);
        return row;
    }
}
