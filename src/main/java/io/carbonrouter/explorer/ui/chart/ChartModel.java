package io.carbonrouter.explorer.ui.chart;

import java.util.Optional;

/** Everything a {@link TimeSeriesChart} paints from, captured at the moment it paints. */
record ChartModel(String title, ChartData data, Optional<ChartData> ghost, String ghostLabel, TimeLabels labels,
                  TimeWindow window, double minLeftGutter, double minRightGutter) {
}
