package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.measured.MeasuredSteps;
import io.carbonrouter.explorer.ui.chart.ChartData;

import java.util.Optional;

/** The ledger's balance in its creditMin..creditMax band, its velocity on the right. */
final class BalanceChart extends RunChart {

    BalanceChart() {
        super("balance", "Credit balance", Place.RIGHT);
    }

    @Override
    ChartData build(Input in) {
        return ChartSetBuilder.balance(in.scenario().config(), in.run(), in.steps());
    }

    @Override
    Optional<ChartData> measured(Input in, MeasuredSteps measured) {
        return Optional.of(MeasuredCharts.balance(measured));
    }
}
