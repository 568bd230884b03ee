package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.ui.chart.ChartData;

/**
 * The five result charts of one run, built off the FX thread and handed to the charts as they are; with the
 * running totals a live run's next charts extend (null when there is no run).
 */
public record ChartSet(ChartData weights, ChartData precision, ChartData balance, ChartData throttle,
                       ChartData emissions, RunningTotals totals) {

    public static final ChartSet EMPTY = new ChartSet(ChartData.empty(), ChartData.empty(), ChartData.empty(),
            ChartData.empty(), ChartData.empty(), null);
}
