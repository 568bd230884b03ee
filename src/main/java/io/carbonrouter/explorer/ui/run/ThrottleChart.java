package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.measured.MeasuredSteps;
import io.carbonrouter.explorer.ui.chart.ChartData;

import java.util.Optional;

/** The throttle, and the replica ceilings it sets on the right. */
final class ThrottleChart extends RunChart {

    ThrottleChart() {
        super("throttle", "Throttle · ceilings", Place.RIGHT);
    }

    @Override
    ChartData build(Input in) {
        return ChartSetBuilder.throttle(in.run(), in.steps());
    }

    @Override
    Optional<ChartData> measured(Input in, MeasuredSteps measured) {
        return Optional.of(MeasuredCharts.throttle(measured));
    }
}
