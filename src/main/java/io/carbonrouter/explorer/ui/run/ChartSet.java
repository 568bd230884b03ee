package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.ui.chart.ChartData;

import java.util.List;
import java.util.Map;

/**
 * The result charts of one run, by chart id, built off the FX thread and handed to the charts as they are; with
 * the running totals a live run's next charts extend (null when there is no run).
 */
public record ChartSet(Map<String, ChartData> charts, RunningTotals totals) {

    /**
     * The result charts, declared once: the results view lays them out in this order (wide ones across the top,
     * then each column from the top), the builders fill them, exports name them. A new chart is its
     * {@link RunChart} subclass and one line here.
     */
    public static final List<RunChart> CHARTS = List.of(
            new WeightsChart(),
            new PrecisionChart(),
            new FeedbackChart(),
            new BalanceChart(),
            new ThrottleChart(),
            new EmissionsChart());

    public static final ChartSet EMPTY = new ChartSet(Map.of(), null);

    public ChartSet {
        charts = Map.copyOf(charts);
    }

    /** The data of the chart {@code id}; empty when this set has none for it. */
    public ChartData get(String id) {
        return charts.getOrDefault(id, ChartData.empty());
    }

    public ChartData get(RunChart chart) {
        return get(chart.id());
    }
}
