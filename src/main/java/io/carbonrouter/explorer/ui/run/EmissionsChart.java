package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.EmissionsUnit;
import io.carbonrouter.explorer.simulation.measured.MeasuredSteps;
import io.carbonrouter.explorer.ui.chart.ChartData;

import java.util.Optional;

/** Emissions per step against p100, and their running totals (with a budget, its line). */
final class EmissionsChart extends RunChart {

    EmissionsChart() {
        super("emissions", "Emissions", Place.RIGHT);
    }

    @Override
    ChartData build(Input in) {
        return ChartSetBuilder.emissions(in.run(), in.steps(), in.totals(), EmissionsUnit.of(in.scenario()),
                in.scenario().budget().map(b -> b.runEmissions(in.scenario())));
    }

    @Override
    Optional<ChartData> measured(Input in, MeasuredSteps measured) {
        return Optional.of(MeasuredCharts.emissions(in.scenario(), in.run(), measured));
    }
}
