package io.carbonrouter.explorer.ui.analysis;

import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.compare.BudgetRow;
import io.carbonrouter.explorer.simulation.compare.Metric;
import io.carbonrouter.explorer.ui.common.StrategyColors;
import javafx.scene.control.TableView;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Compare window's table under a carbon budget: per strategy the targetError its search settled on, the
 * mean precision and emissions of that run, whether it kept the budget, and its share of the budget optimum's
 * precision.
 */
final class BudgetTable {

    private BudgetTable() {
    }

    static void configure(TableView<BudgetRow> table, StrategyColors colors, Supplier<EmissionsUnit> unit) {
        table.getColumns().add(MetricColumns.policy(BudgetRow::policy, colors));
        table.getColumns().add(MetricColumns.number("Target error", "The targetError the search settled on: the "
                + "run with the most precision within the budget (at most 20 runs per strategy)",
                BudgetRow::targetError, v -> String.format(Locale.ROOT, "%.4f", v)));
        table.getColumns().add(MetricColumns.number("Mean precision", "Average precision of that run, weighted "
                + "by demand", r -> r.metrics().meanPrecision(), Metric.MEAN_PRECISION::format));
        table.getColumns().add(MetricColumns.number("Emissions", "Emissions of that run, in the scenario's unit",
                r -> r.metrics().emissions(), v -> unit.get().format(v)));
        table.getColumns().add(MetricColumns.number("Kept", "Whether any targetError keeps this strategy within "
                + "the budget (no: the row shows its least emissions)", r -> r.kept() ? 1 : 0,
                v -> v > 0 ? "yes" : "no"));
        table.getColumns().add(MetricColumns.number("Ideal share", "Its mean precision over the offline optimum's "
                + "within the same budget", BudgetRow::idealShare, Metric.IDEAL_SHARE::format));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
