package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackedColumnsTest {

    private static ChartSeries series(String name, double[] v, int colour) {
        return new ChartSeries(name, v, SeriesColor.flavour(colour), Renderers.STACKED_AREA, AxisSide.LEFT);
    }

    @Test
    void givenASplitThatSwingsWithinEachPixelColumnThenTheColumnKeepsItsMeanAndTheRangeOfEachBoundary() {
        double[] full = new double[1000];
        double[] cheap = new double[1000];
        for (int t = 0; t < full.length; t++) {
            full[t] = t % 2 == 0 ? 20 : 80;
            cheap[t] = 100 - full[t];
        }
        PlotFrame frame = new PlotFrame(0, 0, 100, 50, 0, 1000);

        StackedColumns c = StackedColumns.of(frame, List.of(series("p100", full, 0).values(), series("p30", cheap, 1).values()), new DecimationCache());

        assertThat(c.spread()).isTrue();
        assertThat(c.upper(0, 10)).isEqualTo(50);
        assertThat(c.lowest(0, 10)).isEqualTo(20);
        assertThat(c.highest(0, 10)).isEqualTo(80);
        assertThat(c.lowest(1, 10)).isEqualTo(100);
        assertThat(c.highest(1, 10)).isEqualTo(100);
    }

    @Test
    void givenFewerStepsThanPixelsThenEveryStepIsDrawnAndThereIsNoRangeToShow() {
        PlotFrame frame = new PlotFrame(0, 0, 100, 50, 0, 10);

        StackedColumns c = StackedColumns.of(frame, List.of(series("p100", new double[10], 0).values()), new DecimationCache());

        assertThat(c.spread()).isFalse();
    }
}
