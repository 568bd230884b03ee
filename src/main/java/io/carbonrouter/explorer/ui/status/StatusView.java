package io.carbonrouter.explorer.ui.status;

import io.carbonrouter.explorer.ui.common.ProgressRow;
import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The status bar: messages, a slow run's progress and cancel button, and the last run's figures. */
public final class StatusView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final StatusViewModel vm;

    @FXML
    private Label message;
    @FXML
    private ProgressRow progress;
    @FXML
    private Label runInfo;

    public StatusView(StatusViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((obs, old, now) -> message.pseudoClassStateChanged(ERROR, now));
        message.pseudoClassStateChanged(ERROR, vm.errorProperty().get());
        message.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> vm.messageProperty().get().isEmpty() ? null : Tooltips.tooltip(vm.messageProperty().get()),
                vm.messageProperty()));
        progress.show(vm.showProgressProperty(), vm.progressProperty(), null, vm::cancelRun,
                "Stop this run; the last complete run stays on screen");
        runInfo.textProperty().bind(vm.runInfoProperty());
        runInfo.setTooltip(Tooltips.tooltip(StatusViewModel.RUN_INFO_HELP));
    }
}
