package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.compare.SweepParameter;
import io.carbonrouter.explorer.simulation.compare.SweepRow;
import io.carbonrouter.explorer.ui.analysis.SweepRangeModel.Field;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.chart.ScatterPlot;
import io.carbonrouter.explorer.ui.common.Formats;
import io.carbonrouter.explorer.ui.common.ProgressRow;
import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.form.FieldBinding;
import io.carbonrouter.explorer.ui.run.BatchJob;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Map;

/**
 * The sweep dialog's content: the parameter rows checked as typed, the strategy choice, Run with progress and
 * Cancel; then the plot (click a point to load it), the table (double-click a row) and the skipped points.
 */
public final class SweepView {

    private final SweepViewModel vm;
    private final ScatterPlot plot = new ScatterPlot("Savings vs mean precision, every grid point");

    @FXML
    private ComboBox<SweepParameter> firstParameter;
    @FXML
    private TextField firstFrom;
    @FXML
    private TextField firstTo;
    @FXML
    private TextField firstStep;
    @FXML
    private Label firstProblem;
    @FXML
    private CheckBox secondOn;
    @FXML
    private ComboBox<SweepParameter> secondParameter;
    @FXML
    private TextField secondFrom;
    @FXML
    private TextField secondTo;
    @FXML
    private TextField secondStep;
    @FXML
    private Label secondProblem;
    @FXML
    private ComboBox<String> policy;
    @FXML
    private Button run;
    @FXML
    private Label size;
    @FXML
    private Label problem;
    @FXML
    private ProgressRow progress;
    @FXML
    private Label message;
    @FXML
    private StackPane plotHolder;
    @FXML
    private TableView<SweepRow> table;
    @FXML
    private TitledPane skippedPane;
    @FXML
    private ListView<String> skipped;

    public SweepView(SweepViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        row(vm.first(), firstParameter, firstFrom, firstTo, firstStep, firstProblem);
        row(vm.second(), secondParameter, secondFrom, secondTo, secondStep, secondProblem);
        secondOn.selectedProperty().bindBidirectional(vm.second().enabledProperty());
        secondOn.setTooltip(Tooltips.tooltip("Vary a second setting too: every combination of the two runs"));
        for (Node n : List.of(secondParameter, secondFrom, secondTo, secondStep)) {
            n.disableProperty().bind(secondOn.selectedProperty().not());
        }
        policy.getItems().setAll(vm.policyChoices());
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        policy.setTooltip(Tooltips.tooltip("Run every strategy at each grid point, or only one"));
        size.textProperty().bind(vm.sizeProperty());
        showWhenSet(problem, vm.problemProperty());
        run.disableProperty().bind(vm.canRunProperty().not());
        run.setTooltip(Tooltips.tooltip("Run the grid in the background on all cores (Enter)"));
        BatchJob job = vm.job();
        progress.show(job.task(), vm::cancel, "Stop the sweep; the last finished one stays on screen");
        message.textProperty().bind(vm.messageProperty());
        results();
    }

    private void row(SweepRangeModel model, ComboBox<SweepParameter> parameter, TextField from, TextField to,
                     TextField step, Label rowProblem) {
        parameter.getItems().setAll(SweepParameter.values());
        parameter.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepParameter p) {
                return p == null ? "" : p.key();
            }

            @Override
            public SweepParameter fromString(String s) {
                return SweepParameter.byKey(s).orElse(null);
            }
        });
        parameter.valueProperty().bindBidirectional(model.parameterProperty());
        parameter.setTooltip(Tooltips.tooltip("The setting to vary, by its name in the scenario file"));
        Map<Field, TextField> fields = Map.of(Field.FROM, from, Field.TO, to, Field.STEP, step);
        bind(from, model.fromProperty(), "First value");
        bind(to, model.toProperty(), "Last value (included when the steps land on it)");
        bind(step, model.stepProperty(), "Distance between values; positive");
        model.flaggedProperty().addListener((obs, old, now) -> fields.forEach(
                (f, field) -> field.pseudoClassStateChanged(FieldBinding.INVALID, now.contains(f))));
        showWhenSet(rowProblem, model.problemProperty());
    }

    private static void bind(TextField field, StringProperty text, String tip) {
        field.textProperty().bindBidirectional(text);
        field.setPrefColumnCount(6);
        field.setTooltip(Tooltips.tooltip(tip));
    }

    private static void showWhenSet(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private void results() {
        plot.setId("sweep-plot");
        plot.placeholderProperty().set("Run a sweep: every grid point shows here");
        plotHolder.getChildren().add(plot);
        plot.dataProperty().bind(Bindings.createObjectBinding(() -> vm.resultProperty().get() == null
                ? ScatterData.empty() : vm.resultProperty().get().scatter(), vm.resultProperty()));
        plot.onPointClickedProperty().set(hit -> {
            SweepRow row = vm.rowAt(hit);
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            vm.load(row);
        });
        table.setId("sweep-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("Run a sweep: its rows show here"));
        table.setRowFactory(t -> {
            TableRow<SweepRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    vm.load(row.getItem());
                }
            });
            return row;
        });
        // The selected row's point is ringed in the plot, so a row and its point are easy to match.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> plot.selectedProperty().set(
                row == null ? null : vm.pointOf(row).orElse(null)));
        vm.resultProperty().addListener((obs, old, r) -> columns(r));
        columns(vm.resultProperty().get());
        skipped.setItems(vm.skipped());
        skippedPane.textProperty().bind(Bindings.createStringBinding(
                () -> "Skipped grid points (" + vm.skipped().size() + ")", vm.skipped()));
        skippedPane.visibleProperty().bind(Bindings.isNotEmpty(vm.skipped()));
        skippedPane.managedProperty().bind(skippedPane.visibleProperty());
    }

    /** A column per swept setting, then the strategy and the metrics. */
    private void columns(SweepViewModel.Result r) {
        table.getColumns().clear();
        if (r != null) {
            List<SweepParameter> parameters = r.sweep().parameters();
            for (int i = 0; i < parameters.size(); i++) {
                int at = i;
                TableColumn<SweepRow, Double> c = new TableColumn<>(parameters.get(i).key());
                c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().point().values().get(at)));
                c.setCellFactory(col -> new TableCell<>() {
                    @Override
                    protected void updateItem(Double v, boolean empty) {
                        super.updateItem(v, empty);
                        setText(empty || v == null ? null : Formats.exact(v));
                    }
                });
                c.getStyleClass().add("number-column");
                c.setPrefWidth(110);
                table.getColumns().add(c);
            }
        }
        table.getColumns().add(MetricColumns.policy(SweepRow::policy, vm.colors()));
        MetricColumns.addMetrics(table, SweepRow::metrics);
    }

    @FXML
    private void run() {
        vm.run();
    }
}
