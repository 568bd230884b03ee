package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.measured.MeasuredSteps;
import io.carbonrouter.explorer.ui.chart.ChartData;

import java.util.Optional;

/** The decision's average precision against the target precision. */
final class PrecisionChart extends RunChart {

    PrecisionChart() {
        super("precision", "Precision vs target (%)", Place.LEFT);
    }

    @Override
    ChartData build(Input in) {
        return ChartSetBuilder.precision(in.scenario().config(), in.run(), in.steps());
    }

    @Override
    Optional<ChartData> measured(Input in, MeasuredSteps measured) {
        return Optional.of(MeasuredCharts.precision(measured));
    }
}
