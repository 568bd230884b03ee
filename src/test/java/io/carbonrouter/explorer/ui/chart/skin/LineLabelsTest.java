package io.carbonrouter.explorer.ui.chart.skin;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The target label sits beside its line where no plotted line or bar strikes it through. */
class LineLabelsTest {

    private static final int STEPS = 100;
    /** 0..100 % over 200 px from y 10: the 85 % line is at y 40. */
    private static final ChartGeometry G = new ChartGeometry(new PlotFrame(40, 10, 400, 200, 0, STEPS),
            new NiceScale(0, 100, 25), Optional.empty());
    private static final double Y = PlotFrame.crisp(G.y(AxisSide.LEFT, 85));
    private static final double WIDTH = 70;
    private static final double LINE = 17;

    private static ChartData data(SeriesRenderer style, IntToDoubleFunction value) {
        double[] v = new double[STEPS];
        Arrays.setAll(v, value::applyAsDouble);
        return new ChartData(STEPS, List.of(new ChartSeries("avg", v, SeriesColor.flavour(0), style, AxisSide.LEFT)),
                List.of(), List.of(), "%", "", OptionalDouble.of(0), OptionalDouble.of(100));
    }

    private static LineLabels.Place place(ChartData d) {
        return LineLabels.place(G, Y, WIDTH, LINE, List.of(d));
    }

    @Test
    void givenALineThatOnlyTouchesTheTargetThenTheLabelSitsAboveTheTargetAtTheRightEnd() {
        LineLabels.Place p = place(data(Renderers.LINE, i -> i % 2 == 0 ? 85 : 60));

        assertEquals(Y - 2, p.bottom());
        assertEquals(440 - LineLabels.INSET - WIDTH, p.x());
        assertEquals(440, p.right(), "the halo reaches the plot's right edge: no line shows between");
    }

    @Test
    void givenALineJustAboveTheTargetAtTheRightThenTheLabelGoesBelowTheTarget() {
        LineLabels.Place p = place(data(Renderers.LINE, i -> i >= 60 ? 88 : 50));

        assertEquals(Y + LINE, p.bottom());
        assertEquals(440 - LineLabels.INSET - WIDTH, p.x());
    }

    @Test
    void givenBarsUnderTheRightEndThenTheLabelMovesToTheLeftEnd() {
        LineLabels.Place p = place(data(Renderers.BARS, i -> i >= 70 ? 95 : Double.NaN));

        assertEquals(40 + LineLabels.INSET, p.x());
        assertEquals(Y - 2, p.bottom());
        assertEquals(40, p.left());
    }

    @Test
    void givenALineCrossingEveryPlaceThenTheLabelStaysAboveAtTheRightUnderItsHalo() {
        ChartData zigzag = data(Renderers.LINE, i -> i % 2 == 0 ? 70 : 99);
        LineLabels.Place p = place(zigzag);

        assertEquals(1, LineLabels.crossings(G, p, List.of(zigzag)));
        assertEquals(Y - 2, p.bottom());
        assertEquals(440 - LineLabels.INSET - WIDTH, p.x());
    }

    @Test
    void givenAPinnedRunCrossingTheRightEndThenTheLabelAvoidsItToo() {
        ChartData flat = data(Renderers.LINE, i -> 50);
        ChartData pinned = data(Renderers.DASHED_LINE, i -> i >= 60 ? 87 : 50);
        LineLabels.Place p = LineLabels.place(G, Y, WIDTH, LINE, List.of(flat, pinned));

        assertEquals(Y + LINE, p.bottom(), "the pinned run's line crosses above the target at the right end");
    }

    @Test
    void givenANoisyLineAtBothEndsThenTheLabelSitsInTheCalmMiddleAboveTheTarget() {
        LineLabels.Place p = place(data(Renderers.LINE, i -> i < 25 || i >= 75 ? (i % 2 == 0 ? 95 : 75) : 50));

        assertEquals(Y - 2, p.bottom());
        assertEquals(40 + LineLabels.INSET + 0.5 * (400 - 2 * LineLabels.INSET - WIDTH), p.x());
        assertEquals(0, LineLabels.crossings(G, p, List.of(data(Renderers.LINE,
                i -> i < 25 || i >= 75 ? (i % 2 == 0 ? 95 : 75) : 50))));
    }
}
