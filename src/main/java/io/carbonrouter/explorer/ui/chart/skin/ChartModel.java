package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.TimeLabels;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.TimeWindow;

import java.util.ArrayList;
import java.util.List;

/** Everything a {@link TimeSeriesChart} paints from, captured at the moment it paints. */
record ChartModel(String title, ChartData data, List<Overlay> overlays, TimeLabels labels, TimeWindow window,
                  double minLeftGutter, double minRightGutter) {

    ChartModel {
        overlays = List.copyOf(overlays);
    }

    /** The current run's data, then every overlay's. */
    List<ChartData> drawn() {
        List<ChartData> all = new ArrayList<>(List.of(data));
        overlays.forEach(o -> all.add(o.data()));
        return all;
    }
}
