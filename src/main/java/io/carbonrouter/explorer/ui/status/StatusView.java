package io.carbonrouter.explorer.ui.status;

import io.carbonrouter.explorer.ui.common.ProgressRow;
import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.service.BackgroundTask;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;

import java.util.List;
import java.util.Locale;

/**
 * The status bar: messages, the background work on its way and the last run's figures. The work shows as
 * one compact button ("2 tasks running") with a small bar; it opens the list of tasks, each with its progress,
 * how far it is and Cancel.
 */
public final class StatusView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final StatusViewModel vm;

    @FXML
    private Label message;
    @FXML
    private MenuButton tasks;
    @FXML
    private Label runInfo;
    private final ProgressBar bar = new ProgressBar();

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
        tasks.setGraphic(bar);
        tasks.textProperty().bind(vm.tasksSummary());
        tasks.visibleProperty().bind(Bindings.isNotEmpty(vm.runningTasks()));
        tasks.managedProperty().bind(tasks.visibleProperty());
        tasks.setTooltip(Tooltips.tooltip("The work running in the background: open to see each task's "
                + "progress and to cancel it"));
        vm.runningTasks().addListener((ListChangeListener<BackgroundTask>) change -> list(vm.runningTasks()));
        list(vm.runningTasks());
        runInfo.textProperty().bind(vm.runInfoProperty());
        runInfo.setTooltip(Tooltips.tooltip(StatusViewModel.RUN_INFO_HELP));
    }

    /** One row per task; the small bar follows the only task, and spins while several run. */
    private void list(List<BackgroundTask> running) {
        tasks.getItems().setAll(running.stream().map(this::row).toList());
        bar.progressProperty().unbind();
        if (running.size() == 1) {
            bar.progressProperty().bind(running.get(0).progressProperty());
        } else {
            bar.setProgress(-1);
        }
        if (running.isEmpty()) {
            tasks.hide();
        }
    }

    private CustomMenuItem row(BackgroundTask task) {
        ProgressRow row = new ProgressRow();
        row.setPrompt(task.title());
        row.show(task, () -> vm.cancel(task), "Stop " + task.title().toLowerCase(Locale.ROOT)
                + "; nothing it computed so far is shown");
        row.cancelButton().getStyleClass().add("cancel-task");
        CustomMenuItem item = new CustomMenuItem(row, false);
        item.getStyleClass().add("task-row");
        return item;
    }
}
