package io.carbonrouter.explorer.ui.flavours;

import io.carbonrouter.explorer.ui.chart.SeriesSwatch;
import io.carbonrouter.explorer.ui.common.Icons;
import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.form.FieldCell;
import io.carbonrouter.explorer.ui.form.FieldValidation;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/** The flavour table with inline validated editing, and its add / duplicate / remove buttons. */
public final class FlavoursView {

    private static final double ROW_HEIGHT = 30;
    private static final double HEADER_HEIGHT = 26;

    private final FlavoursViewModel vm;
    private final FieldValidation validation = new FieldValidation();

    @FXML
    private TableView<FlavourRow> table;
    @FXML
    private TableColumn<FlavourRow, FlavourRow> enabledColumn;
    @FXML
    private TableColumn<FlavourRow, FlavourRow> nameColumn;
    @FXML
    private TableColumn<FlavourRow, FlavourRow> precisionColumn;
    @FXML
    private TableColumn<FlavourRow, FlavourRow> carbonColumn;
    @FXML
    private Button add;
    @FXML
    private Button duplicate;
    @FXML
    private Button remove;
    @FXML
    private Label error;

    public FlavoursView(FlavoursViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        table.setItems(vm.rows());
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.size(vm.rows()).multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setPlaceholder(new Label("No flavours: add one"));
        for (TableColumn<FlavourRow, FlavourRow> c : java.util.List.of(enabledColumn, nameColumn,
                precisionColumn, carbonColumn)) {
            c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        }
        header(enabledColumn, "On", "Whether the engine may route traffic to the flavour. Flavours are not part "
                + "of a TrafficSchedule: the operator finds them through Deployment labels.");
        header(nameColumn, "Name", "Unique name of the flavour, such as precision-50.");
        header(precisionColumn, "Precision %", "Share of full quality, 0 to 100 %. Deployment label "
                + "carbonstat.precision (integer percent).");
        header(carbonColumn, "Carbon", "Per-request carbon (energy) factor, at least 0; 1 for the full-quality "
                + "flavour. Deployment label carbonstat.emissions.");
        enabledColumn.setCellFactory(c -> new EnabledCell());
        nameColumn.setCellFactory(c -> new FieldCell<>(FlavourRow::name, "Unique name of the flavour", "name",
                validation));
        precisionColumn.setCellFactory(c -> new FieldCell<>(FlavourRow::precision,
                "Precision in percent, 0 to 100", "precision", validation));
        carbonColumn.setCellFactory(c -> new FieldCell<>(FlavourRow::carbon,
                "Per-request carbon factor, at least 0", "carbon", validation));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                vm.selectedProperty().set(now.intValue()));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedIndex() != now.intValue()) {
                table.getSelectionModel().select(now.intValue());
            }
        });
        add.setGraphic(Icons.ADD.node());
        duplicate.setGraphic(Icons.DUPLICATE.node());
        remove.setGraphic(Icons.REMOVE.node());
        add.setTooltip(Tooltips.tooltip("Add a flavour at the end of the list"));
        duplicate.setTooltip(Tooltips.tooltip("Copy the selected flavour under a new name"));
        remove.setTooltip(Tooltips.tooltip("Remove the selected flavour"));
        duplicate.disableProperty().bind(vm.hasSelectionProperty().not());
        remove.disableProperty().bind(vm.hasSelectionProperty().not());
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
    }

    private static void header(TableColumn<?, ?> column, String text, String help) {
        Label label = new Label(text);
        label.setTooltip(Tooltips.tooltip(help));
        column.setText("");
        column.setGraphic(label);
    }

    @FXML
    private void add() {
        vm.add();
    }

    @FXML
    private void duplicate() {
        vm.duplicateSelected();
    }

    @FXML
    private void remove() {
        vm.removeSelected();
    }

    /** The colour the flavour has in every chart, and its on / off switch. */
    private static final class EnabledCell extends TableCell<FlavourRow, FlavourRow> {
        private final CheckBox box = new CheckBox();
        private final SeriesSwatch swatch = new SeriesSwatch(null, 10);
        private final HBox content = new HBox(6, swatch, box);
        private FlavourRow bound;

        EnabledCell() {
            content.getStyleClass().add("enabled-cell");
            swatch.getStyleClass().add("swatch");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(FlavourRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.enabledProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.selectedProperty().bindBidirectional(row.enabledProperty());
            swatch.seriesColorProperty().set(row.colorProperty().get());
            box.setTooltip(Tooltips.tooltip("Enable or disable " + row.name().shown()));
            setGraphic(content);
        }
    }
}
