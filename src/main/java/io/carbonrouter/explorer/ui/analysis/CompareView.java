package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.compare.BudgetRow;
import io.carbonrouter.explorer.simulation.compare.DrawRow;
import io.carbonrouter.explorer.simulation.compare.ForecastDraws;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.chart.ScatterPlot;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.common.ProgressRow;
import io.carbonrouter.explorer.ui.common.TimelinePlots;
import io.carbonrouter.explorer.ui.common.Tooltips;
import io.carbonrouter.explorer.ui.form.FieldBinding;
import io.carbonrouter.explorer.ui.run.BatchJob;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;

import java.util.function.Function;

/**
 * The Compare window's content: the metric table (sortable; double-click a row to run that strategy in the
 * main window), the optimum, the upstream notebooks' metrics of the same runs, and three charts of the
 * strategies side by side.
 */
public final class CompareView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final CompareViewModel vm;
    private final ScatterPlot scatter = new ScatterPlot("Savings vs mean precision");
    private final TimeSeriesChart emissions = new TimeSeriesChart("Cumulative emissions vs p100");
    private final TimeSeriesChart precision = new TimeSeriesChart("Average precision vs target (%)");

    @FXML
    private Label title;
    @FXML
    private Label message;
    @FXML
    private ProgressRow progress;
    @FXML
    private Button rerun;
    @FXML
    private Label stale;
    @FXML
    private TableView<MetricRow> table;
    @FXML
    private Label optimum;
    @FXML
    private TableView<MetricRow> notebookTable;
    @FXML
    private Label notebookNote;
    @FXML
    private Label drawsLabel;
    @FXML
    private TextField draws;
    @FXML
    private TableView<DrawRow> drawsTable;
    @FXML
    private Label drawsNote;
    @FXML
    private TableView<BudgetRow> budgetTable;
    @FXML
    private Label budgetNote;
    @FXML
    private GridPane charts;

    public CompareView(CompareViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.headingProperty());
        message.textProperty().bind(vm.messageProperty());
        BatchJob job = vm.job();
        progress.show(job.task(), vm::cancel, "Stop the comparison; the last one stays on screen");
        rerun.disableProperty().bind(job.runningProperty());
        rerun.setTooltip(Tooltips.tooltip("Run every strategy again on the scenario as it is now"));
        stale.visibleProperty().bind(vm.staleProperty());
        stale.managedProperty().bind(vm.staleProperty());
        optimum.textProperty().bind(vm.optimumProperty());
        vm.optimumReachableProperty().addListener((obs, was, now) -> flagOptimum());
        flagOptimum();
        table();
        notebookTable();
        draws();
        budget();
        charts();
    }

    private void budget() {
        budgetTable.setId("compare-budget-table");
        BudgetTable.configure(budgetTable, vm.colors(), vm::emissionsUnit);
        showWhenFilled(budgetTable, vm.budgetRows(), budgetNote, vm.budgetNoteProperty());
    }

    /** A table sized to its rows and shown only with some, and its note shown only with text. */
    private static <T> void showWhenFilled(TableView<T> table, ObservableList<T> rows, Label note,
                                           ReadOnlyStringProperty text) {
        table.setItems(rows);
        table.prefHeightProperty().bind(Bindings.max(4, Bindings.size(rows)).multiply(table.getFixedCellSize())
                .add(34));
        table.visibleProperty().bind(Bindings.isNotEmpty(rows));
        table.managedProperty().bind(table.visibleProperty());
        note.textProperty().bind(text);
        note.visibleProperty().bind(text.isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
    }

    private void draws() {
        String help = "Forecast error draws per strategy, as compare --draws N: with more than 1 and a forecast "
                + "error model (Settings, Forecast), every strategy also runs on N forecasts drawn with seeds "
                + "seed to seed+N-1 and once on the actual curve, and a second table shows the mean and the "
                + "5th to 95th percentile band of its savings and mean precision. 1 runs each strategy once; "
                + "Enter runs again. Up to " + ForecastDraws.MAX_DRAWS;
        FieldBinding.bind(draws, vm.drawsField(), help);
        draws.setId("compare-draws");
        drawsLabel.setTooltip(Tooltips.tooltip(help));
        drawsTable.setId("compare-draws-table");
        DrawsTable.configure(drawsTable, vm.colors());
        showWhenFilled(drawsTable, vm.drawRows(), drawsNote, vm.drawsNoteProperty());
    }

    private void flagOptimum() {
        optimum.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), !vm.optimumReachableProperty().get());
    }

    private void table() {
        table.setId("compare-table");
        table.getColumns().add(MetricColumns.policy(MetricRow::policy, vm.colors()));
        MetricColumns.addMetrics(table, Function.identity());
        rows(table);
        vm.currentPolicyProperty().addListener((obs, old, now) -> {
            table.refresh();
            notebookTable.refresh();
        });
    }

    /** The upstream notebooks' metrics of the same rows, sorted on their own. */
    private void notebookTable() {
        notebookTable.setId("compare-notebook-table");
        notebookTable.getColumns().add(MetricColumns.policy(MetricRow::policy, vm.colors()));
        MetricColumns.addNotebookMetrics(notebookTable);
        rows(notebookTable);
        notebookNote.textProperty().bind(vm.notebookNoteProperty());
    }

    /** A table of the rows, sortable by its columns, as tall as its rows. */
    private void rows(TableView<MetricRow> t) {
        SortedList<MetricRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setItems(sorted);
        t.setPlaceholder(new Label("Running every strategy…"));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.prefHeightProperty().bind(Bindings.max(4, Bindings.size(vm.rows())).multiply(t.getFixedCellSize())
                .add(34));
        chooseOnDoubleClick(t);
    }

    /** Rows that mark the strategy running in the main window and run theirs there on a double-click. */
    private void chooseOnDoubleClick(TableView<MetricRow> rows) {
        rows.setRowFactory(t -> {
            TableRow<MetricRow> row = new TableRow<>() {
                @Override
                protected void updateItem(MetricRow item, boolean empty) {
                    super.updateItem(item, empty);
                    mark(this);
                    setTooltip(empty || item == null ? null : Tooltips.tooltip("Double-click to run "
                            + item.policy() + " in the main window"));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    vm.choose(row.getItem());
                }
            });
            return row;
        });
    }

    private void mark(TableRow<MetricRow> row) {
        MetricRow item = row.getItem();
        row.pseudoClassStateChanged(CURRENT, item != null && item.policy().equals(vm.currentPolicyProperty().get()));
    }

    private void charts() {
        scatter.setId("compare-scatter");
        scatter.placeholderProperty().set("Running every strategy…");
        emissions.setId("compare-emissions");
        precision.setId("compare-precision");
        charts.add(scatter, 0, 0);
        charts.add(emissions, 1, 0);
        charts.add(precision, 2, 0);
        scatter.dataProperty().bind(Bindings.createObjectBinding(() -> vm.resultProperty().get() == null
                ? ScatterData.empty() : vm.resultProperty().get().scatter(), vm.resultProperty()));
        emissions.dataProperty().bind(Bindings.createObjectBinding(() -> vm.resultProperty().get() == null
                ? ChartData.empty() : vm.resultProperty().get().emissions(), vm.resultProperty()));
        precision.dataProperty().bind(Bindings.createObjectBinding(() -> vm.resultProperty().get() == null
                ? ChartData.empty() : vm.resultProperty().get().precision(), vm.resultProperty()));
        for (TimeSeriesChart c : new TimeSeriesChart[] {emissions, precision}) {
            TimelinePlots.attach(c, vm.timeline());
            c.rightGutterProperty().set(12);
        }
        // A click on a strategy's point picks its row, so its numbers are easy to find.
        scatter.onPointClickedProperty().set(hit -> {
            ScatterData d = scatter.getData();
            String policy = d.series().get(hit.series()).name();
            table.getItems().stream().filter(r -> r.policy().equals(policy)).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
    }

    @FXML
    private void rerun() {
        vm.run();
    }
}
