package io.carbonrouter.explorer.ui.results;

import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Under the charts while a measured run is open: per figure measured, simulated, the difference and the
 * modelled part that moves it most, with Remove to take the measured run off the charts.
 */
public final class MeasuredView {

    private static final List<String> COLUMNS = List.of("figure", "measured", "simulated", "difference",
            "moved most by");

    private final MeasuredViewModel vm;

    @FXML
    private VBox root;
    @FXML
    private Label swatch;
    @FXML
    private Label heading;
    @FXML
    private GridPane table;
    @FXML
    private Label note;
    @FXML
    private Button remove;

    public MeasuredView(MeasuredViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.loadedProperty());
        root.managedProperty().bind(vm.loadedProperty());
        heading.textProperty().bind(vm.headingProperty());
        note.textProperty().bind(vm.noteProperty());
        note.visibleProperty().bind(vm.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        swatch.setText("measured");
        remove.setTooltip(Tooltips.tooltip("Take the measured run off the charts"));
        vm.items().addListener((ListChangeListener<MeasuredViewModel.Item>) c -> show());
        show();
    }

    private void show() {
        table.getChildren().clear();
        table.setMinWidth(0);
        table.setVisible(!vm.items().isEmpty());
        table.setManaged(!vm.items().isEmpty());
        if (vm.items().isEmpty()) {
            return;
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            table.add(cell(COLUMNS.get(c), "measured-column"), c, 0);
        }
        int r = 1;
        for (MeasuredViewModel.Item item : vm.items()) {
            List<String> cells = List.of(item.metric(), item.measured(), item.simulated(), item.difference(),
                    item.movedBy());
            for (int c = 0; c < cells.size(); c++) {
                table.add(cell(cells.get(c), c == 0 ? "measured-figure" : "measured-value"), c, r);
            }
            r++;
        }
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        // A narrow window clips a cell with an ellipsis instead of pushing the charts out of view.
        l.setMinWidth(0);
        l.setTooltip(Tooltips.tooltip(text));
        return l;
    }

    @FXML
    private void remove() {
        vm.remove();
    }
}
