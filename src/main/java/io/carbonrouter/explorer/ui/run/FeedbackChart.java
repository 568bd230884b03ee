package io.carbonrouter.explorer.ui.run;

import io.carbonrouter.explorer.simulation.Run;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.common.UiColors;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The deployed loop's feedback, per tick: the precision the engine commanded (its decision's average) against
 * the precision the counted requests delivered, which the metrics poll feeds the ledger before the tick's
 * evaluation (docs/CLUSTER-MODEL.md). The realised line has gaps where no feedback ran: without a deployed loop,
 * at the first tick, and after a window with nothing counted. Under the precision chart.
 */
final class FeedbackChart extends RunChart {

    FeedbackChart() {
        super("feedback", "Realised vs commanded precision (%)", Place.LEFT);
    }

    @Override
    ChartData build(Input in) {
        Run run = in.run();
        ChartSeries commanded = new ChartSeries("commanded", ChartSetBuilder.values(run, "avg",
                t -> 100.0 * run.avgPrecision(t)), UiColors.PRECISION, Renderers.LINE, AxisSide.LEFT);
        // The ledger's colour, as the realised precision is what the ledger takes.
        ChartSeries realised = new ChartSeries("realised", ChartSetBuilder.values(run, "realised",
                t -> 100.0 * run.realisedPrecision(t)), UiColors.BALANCE, Renderers.DASHED_LINE, AxisSide.LEFT);
        return new ChartData(in.steps(), List.of(commanded, realised), List.of(), List.of(), "%", "",
                OptionalDouble.of(0), OptionalDouble.of(100));
    }
}
