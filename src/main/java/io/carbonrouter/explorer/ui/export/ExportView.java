package io.carbonrouter.explorer.ui.export;

import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.form.FieldBinding;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The export dialog's content: resource name and namespace, the live check problems and warnings, the engine
 * environment with its {@code kubectl set env} line, and the TrafficSchedule and label commands.
 */
public final class ExportView {

    private final ExportViewModel vm;

    @FXML
    private TextField name;
    @FXML
    private TextField namespace;
    @FXML
    private Label problem;
    @FXML
    private Label summary;
    @FXML
    private ListView<String> findings;
    @FXML
    private Label environment;
    @FXML
    private TextField setEnv;
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
        name.setTooltip(Tooltips.tooltip("metadata.name of the TrafficSchedule. The operator starts the router and"
                + " consumer with TS_NAME=" + ExportViewModel.DEFAULT_NAME + ": any other name is never read."));
        namespace.setTooltip(Tooltips.tooltip("metadata.namespace: lower-case letters, digits and '-'"));
        vm.problemProperty().addListener((obs, old, now) -> flag());
        flag();
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        summary.textProperty().bind(vm.summaryProperty());
        findings.setItems(vm.findings());
        findings.setCellFactory(list -> new FindingCell());
        // "check: no problems · no warnings" says it all; an empty list would only take room from the YAML.
        findings.visibleProperty().bind(Bindings.isNotEmpty(vm.findings()));
        findings.managedProperty().bind(findings.visibleProperty());
        environment.setText(String.join("   ", vm.environmentLines()));
        setEnv.setText(vm.setEnvCommand());
        setEnv.setTooltip(Tooltips.tooltip("These engine settings have no TrafficSchedule field: they are"
                + " environment variables of the decision engine's Deployment. This command sets them."));
        yaml.textProperty().bind(vm.yamlProperty());
        labels.textProperty().bind(vm.labelsProperty());
    }

    private void flag() {
        String p = vm.problemProperty().get();
        name.pseudoClassStateChanged(FieldBinding.INVALID, p.startsWith("metadata.name "));
        namespace.pseudoClassStateChanged(FieldBinding.INVALID, p.startsWith("metadata.namespace "));
    }

    /** The text of the tab on screen, for Copy. */
    String shownText() {
        return tabs.getSelectionModel().getSelectedIndex() == 1 ? labels.getText() : yaml.getText();
    }

    /**
     * A finding wrapped to the list's width, so a long warning is read whole rather than cut at the right (its
     * tooltip repeats it), check problems in the error colour.
     */
    private static final class FindingCell extends ListCell<String> {

        FindingCell() {
            setWrapText(true);
            // The width the list gives its cells, less its scroll bar, so the text wraps instead of running on.
            listViewProperty().addListener((obs, old, list) -> {
                prefWidthProperty().unbind();
                if (list != null) {
                    prefWidthProperty().bind(list.widthProperty().subtract(WRAP_MARGIN));
                }
            });
        }

        /** The list's border, padding and vertical scroll bar, which the text must not run under. */
        private static final double WRAP_MARGIN = 24;

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("field-error");
            setText(empty ? null : item);
            setTooltip(empty ? null : Tooltips.tooltip(item));
            if (!empty && item.startsWith(ExportViewModel.CHECK)) {
                getStyleClass().add("field-error");
            }
        }
    }
}
