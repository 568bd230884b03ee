package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.TimeWindow;

import java.util.Optional;

/** Everything a {@link TimeSeriesChart} paints from, captured at the moment it paints. */
record ChartModel(String title, ChartData data, Optional<ChartData> ghost, String ghostLabel, TimeLabels labels,
                  TimeWindow window, double minLeftGutter, double minRightGutter) {
}
