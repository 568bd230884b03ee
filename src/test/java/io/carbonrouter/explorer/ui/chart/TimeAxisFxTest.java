package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.AxisPainter;
import io.carbonrouter.explorer.ui.chart.skin.PlotFrame;
import io.carbonrouter.explorer.ui.chart.skin.TextMetrics;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** How many time ticks the axis picks: measured labels, as many as fit side by side with a gap. */
@ExtendWith(ApplicationExtension.class)
class TimeAxisFxTest {

    private static final ChartStyle STYLE = new ChartStyle(12, Color.BLACK, Color.GRAY, Color.LIGHTGRAY,
            Color.GRAY, Color.RED, new ChartPalette(Map.of()), Map.of(), 1);
    private final TextMetrics metrics = new TextMetrics();

    private List<TimeTick> ticks(double width, int steps, TimeLabels labels) throws Exception {
        PlotFrame frame = new PlotFrame(40, 10, width, 100, 0, steps);
        return ChartFx.call(() -> AxisPainter.timeTicks(frame, labels, STYLE, metrics));
    }

    /** The gap between the first two labels, centred on their ticks, for a plot {@code width} wide. */
    private double gap(List<TimeTick> ticks, double width, int steps) throws Exception {
        PlotFrame frame = new PlotFrame(40, 10, width, 100, 0, steps);
        double a = ChartFx.call(() -> metrics.width(ticks.get(0).label(), STYLE.font()));
        double b = ChartFx.call(() -> metrics.width(ticks.get(1).label(), STYLE.font()));
        return frame.x(ticks.get(1).position()) - frame.x(ticks.get(0).position()) - a / 2 - b / 2;
    }

    @Test
    void givenAWeekOnASmallChartThenSeveralDaysAreLabelledWithoutTouching() throws Exception {
        TimeLabels week = TimeLabels.of(Optional.of(Instant.parse("2024-03-04T00:00:00Z")), 30);

        List<TimeTick> ticks = ticks(210, 336, week);

        assertTrue(ticks.size() >= 3, ticks.toString());
        assertTrue(gap(ticks, 210, 336) >= 10, ticks.toString());
    }

    @Test
    void givenAYearThenTicksFallOnMonthsAndTheFirstWithItsYearStillDoesNotTouch() throws Exception {
        TimeLabels year = TimeLabels.of(Optional.of(Instant.parse("2030-01-21T13:30:00Z")), 5);

        List<TimeTick> ticks = ticks(520, 105_120, year);

        assertTrue(ticks.size() >= 4, ticks.toString());
        assertTrue(ticks.get(0).label().matches("[A-Z][a-z]{2} 2030"), ticks.toString());
        assertTrue(gap(ticks, 520, 105_120) >= 10, ticks.toString());
    }

    /** The deployed year (15 s ticks from 1 January) on the weights chart of a 1280 px window: every month. */
    @Test
    void givenTheDeployedYearOnTheWideChartAt1280ThenEveryMonthIsLabelled() throws Exception {
        TimeLabels year = TimeLabels.of(Optional.of(Instant.parse("2030-01-01T00:00:00Z")), 0.25, 30);

        List<TimeTick> ticks = ticks(500, 2_102_400, year);

        assertTrue(ticks.size() == 12 && ticks.get(0).label().equals("2030") && ticks.get(1).label().equals("Feb"),
                ticks.toString());
        assertTrue(gap(ticks, 500, 2_102_400) >= 10, ticks.toString());
    }
}
