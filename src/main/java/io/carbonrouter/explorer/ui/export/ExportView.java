package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.form.FieldBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The export dialog's content: resource name and namespace, and the TrafficSchedule and label commands. */
public final class ExportView {

    private final ExportViewModel vm;

    @FXML
    private TextField name;
    @FXML
    private TextField namespace;
    @FXML
    private Label problem;
    @FXML
    private TabPane tabs;
    @FXML
    private TextArea yaml;
    @FXML
    private TextArea labels;

    public ExportView(ExportViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(vm.nameProperty());
        namespace.textProperty().bindBidirectional(vm.namespaceProperty());
        name.setTooltip(Tooltips.tooltip("metadata.name of the TrafficSchedule: lower-case letters, digits, "
                + "'-' and '.'"));
        namespace.setTooltip(Tooltips.tooltip("metadata.namespace: lower-case letters, digits and '-'"));
        vm.problemProperty().addListener((obs, old, now) -> flag());
        flag();
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        yaml.textProperty().bind(vm.yamlProperty());
        labels.textProperty().bind(vm.labelsProperty());
    }

    private void flag() {
        String p = vm.problemProperty().get();
        name.pseudoClassStateChanged(FieldBinding.INVALID, p.startsWith("name "));
        namespace.pseudoClassStateChanged(FieldBinding.INVALID, p.startsWith("namespace "));
    }

    /** The text of the tab on screen, for Copy. */
    String shownText() {
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? labels.getText() : yaml.getText();
    }
}
