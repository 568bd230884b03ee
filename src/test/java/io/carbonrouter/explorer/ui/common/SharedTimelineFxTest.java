package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.simulation.Scenario;
import io.carbonrouter.explorer.ui.Fakes;
import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartFx;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.skin.PlotFrame;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import io.carbonrouter.explorer.ui.model.ScenarioModel;
import io.carbonrouter.explorer.ui.model.Timeline;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Charts that share a {@link Timeline} show its cursor and zoom, and a gesture on one asks the timeline. */
@ExtendWith(ApplicationExtension.class)
class SharedTimelineFxTest {

    private static final int STEPS = 48;
    private final Timeline timeline = new Timeline(new ScenarioModel(sample()));
    private TimeSeriesChart upper;
    private TimeSeriesChart lower;

    private static Scenario sample() {
        double[] intensity = new double[STEPS];
        Arrays.fill(intensity, 100);
        return Fakes.small(intensity).toBuilder().slotMinutes(30).build();
    }

    @Start
    void start(Stage stage) {
        upper = new TimeSeriesChart("upper");
        lower = new TimeSeriesChart("lower");
        double[] values = new double[STEPS];
        Arrays.setAll(values, i -> i);
        ChartData data = new ChartData(STEPS, List.of(new ChartSeries("v", values,
                SeriesColor.of(SeriesColor.Role.PRECISION), Renderers.LINE, AxisSide.LEFT)),
                List.of(), List.of(), "", "", OptionalDouble.empty(), OptionalDouble.empty());
        for (TimeSeriesChart c : List.of(upper, lower)) {
            c.setData(data);
            TimelinePlots.attach(c, timeline);
        }
        stage.setScene(new Scene(new VBox(upper, lower), 640, 500));
        stage.show();
    }

    @Test
    void givenTwoChartsOnATimelineWhenOneIsClickedThenTheTimelineAndTheOtherMoveThere(FxRobot robot)
            throws Exception {
        robot.clickOn(stepPoint(upper, 12));

        assertEquals(12, ChartFx.call(timeline::cursor));
        assertEquals(12, ChartFx.call(lower::getCursorStep));
    }

    @Test
    void givenTheTimelineMovedByIntentThenEveryChartMarksItsCursor() throws Exception {
        ChartFx.call(() -> {
            timeline.moveTo(30);
            return null;
        });

        assertEquals(30, ChartFx.call(upper::getCursorStep));
        assertEquals(30, ChartFx.call(lower::getCursorStep));
    }

    @Test
    void givenOneChartZoomedByTheWheelThenTheTimelineAndTheOtherShowTheSameWindow(FxRobot robot)
            throws Exception {
        robot.moveTo(stepPoint(lower, 36)).press(KeyCode.CONTROL).scroll(3, VerticalDirection.DOWN)
                .release(KeyCode.CONTROL);

        int from = ChartFx.call(() -> timeline.visibleFromProperty().get());
        int to = ChartFx.call(() -> timeline.visibleToProperty().get());
        assertTrue(from > 0 && to < STEPS, from + ".." + to);
        assertEquals(from, ChartFx.call(() -> upper.visibleFromProperty().get()));
        assertEquals(to, ChartFx.call(() -> upper.visibleToProperty().get()));

        robot.doubleClickOn(stepPoint(upper, 20));

        assertEquals(0, ChartFx.call(() -> lower.visibleFromProperty().get()));
        assertEquals(Integer.MAX_VALUE, ChartFx.call(() -> timeline.visibleToProperty().get()));
    }

    private static Point2D stepPoint(TimeSeriesChart chart, int step) throws Exception {
        PlotFrame f = ChartFx.call(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().orElseThrow().frame());
        return ChartFx.screen(chart, f.x(step), f.top() + f.height() / 2);
    }
}
