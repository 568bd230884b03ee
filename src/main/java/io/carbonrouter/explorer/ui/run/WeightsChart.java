package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.measured.MeasuredSteps;
import io.carbonrouter.explorer.ui.chart.ChartData;

import java.util.Optional;

/** Percent per flavour, stacked to 100 %, across the top. */
final class WeightsChart extends RunChart {

    WeightsChart() {
        super("weights", "Traffic weights per flavour (%)", Place.WIDE);
    }

    @Override
    ChartData build(Input in) {
        return ChartSetBuilder.weights(in.scenario(), in.run(), in.steps());
    }

    @Override
    Optional<ChartData> measured(Input in, MeasuredSteps measured) {
        return Optional.of(MeasuredCharts.weights(in.scenario(), measured));
    }
}
