package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.simulation.compare.MetricRow;
import io.carbonrouter.explorer.simulation.compare.NotebookMetric;
import io.carbonrouter.explorer.ui.chart.SeriesSwatch;
import io.carbonrouter.explorer.ui.common.StrategyColors;
import io.carbonrouter.explorer.ui.common.Tooltips;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Table columns shared by the comparison and the sweep: the strategy with its colour, and one sortable column
 * per metric, formatted as the command line prints them.
 */
final class MetricColumns {

    private static final Map<Metric, String> MEANINGS = Map.of(
            Metric.SAVINGS, "1 - emissions / emissions of p100 (all traffic on the most precise flavour)",
            Metric.MEAN_PRECISION, "Average precision of the traffic, weighted by demand",
            Metric.MIN_PRECISION, "The lowest average precision of any step",
            Metric.SHARE_BELOW_TARGET, "Share of the demand served below the target precision (1 - targetError)",
            Metric.FINAL_BALANCE, "Credit balance after the last step",
            Metric.MIN_BALANCE, "The lowest credit balance of the run",
            Metric.SHARE_AT_DEBT_LIMIT, "Share of the steps with the balance at creditMin",
            Metric.MEAN_THROTTLE, "Average throttle (share of the maximum replicas allowed)",
            Metric.REGRET, "How much more the offline optimum saves at this strategy's own mean precision, "
                    + "in percentage points",
            Metric.IDEAL_SHARE, "Savings over what the offline optimum saves at this strategy's own mean precision: "
                    + "how much of the ideal it reaches");

    private static final Map<NotebookMetric, String> NOTEBOOK_MEANINGS = Map.of(
            NotebookMetric.LINEAR_CARBON_REDUCTION, "100 x (1 - carbon / carbon of p100), carbon = intensity x"
                    + " requests x energy per request, summed over the samples (the notebooks' linear model)",
            NotebookMetric.NON_LINEAR_CARBON_REDUCTION, "The same with each sample weighted by (intensity/100)^0.4"
                    + " below 100 gCO2/kWh and (intensity/100)^1.8 above",
            NotebookMetric.REQUEST_WEIGHTED_PRECISION, "Mean precision of every request served",
            NotebookMetric.DEMAND_WEIGHTED_PRECISION, "Samples' mean precision weighted by their demand over the"
                    + " peak demand, divided by the larger of that weight's sum and 1",
            NotebookMetric.SMART_ALLOCATION_RATIO, "Mean sample precision at >= 80 % of the peak demand over that"
                    + " at <= 30 % (the latter at least 0.01)",
            NotebookMetric.PEAK_P100_DELIVERY, "Share of the requests at >= 90 % of the peak demand that p100"
                    + " served");

    private MetricColumns() {
    }

    /** The strategy's name after a swatch of its colour; the row's item gives the name. */
    static <T> TableColumn<T, T> policy(Function<T, String> policy, StrategyColors colors) {
        TableColumn<T, T> c = new TableColumn<>();
        header(c, "Strategy", "The strategy (policy); its colour in the charts");
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator((a, b) -> policy.apply(a).compareTo(policy.apply(b)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String name = policy.apply(item);
                setText(name);
                setGraphic(new SeriesSwatch(colors.of(name), 10));
            }
        });
        c.setPrefWidth(170);
        return c;
    }

    /** One column per metric, in the metrics' order. */
    static <T> void addMetrics(TableView<T> table, Function<T, MetricRow> row) {
        for (Metric m : Metric.values()) {
            TableColumn<T, T> c = number(m.label(), MEANINGS.get(m), item -> row.apply(item).value(m), m::format);
            c.setId("column-" + m.key());
            c.setComparator((a, b) -> CompareViewModel.comparator(m).compare(row.apply(a), row.apply(b)));
            c.setPrefWidth(m == Metric.MEAN_PRECISION || m == Metric.SHARE_AT_DEBT_LIMIT ? 108 : 96);
            table.getColumns().add(c);
        }
    }

    /** One column per upstream notebook metric, as {@code compare} prints them. */
    static void addNotebookMetrics(TableView<MetricRow> table) {
        for (NotebookMetric m : NotebookMetric.values()) {
            TableColumn<MetricRow, MetricRow> c = number(m.label(), NOTEBOOK_MEANINGS.get(m), m::of, m::format);
            c.setId("column-" + m.key());
            c.setPrefWidth(m.label().length() > 20 ? 170 : 130);
            table.getColumns().add(c);
        }
    }

    /** A sortable, right-aligned column of one number per row, formatted as the command line prints it. */
    static <T> TableColumn<T, T> number(String label, String meaning, ToDoubleFunction<T> value,
                                        DoubleFunction<String> format) {
        TableColumn<T, T> c = new TableColumn<>();
        header(c, label, meaning);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator((a, b) -> Double.compare(value.applyAsDouble(a), value.applyAsDouble(b)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(value.applyAsDouble(item)));
            }
        });
        c.getStyleClass().add("number-column");
        c.setPrefWidth(96);
        return c;
    }

    /** A header label with a tooltip that says what the column means. */
    static void header(TableColumn<?, ?> c, String text, String meaning) {
        Label l = new Label(text);
        l.setTooltip(Tooltips.tooltip(meaning));
        c.setGraphic(l);
    }
}
