package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.PlotFrame;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class TimeSeriesChartFxTest {

    private static final int STEPS = 48;
    private TimeSeriesChart chart;
    /** Wheel events that reached the pane around the chart. */
    private int scrolledAround;

    @Start
    void start(Stage stage) {
        double[] precision = new double[STEPS];
        double[] velocity = new double[STEPS];
        for (int i = 0; i < STEPS; i++) {
            precision[i] = 0.5 + i / 100.0;
            velocity[i] = -i;
        }
        chart = new TimeSeriesChart("Average precision");
        chart.setData(new ChartData(STEPS, List.of(
                new ChartSeries("avg", precision, SeriesColor.of(SeriesColor.Role.PRECISION), Renderers.LINE, AxisSide.LEFT),
                new ChartSeries("velocity", velocity, SeriesColor.of(SeriesColor.Role.VELOCITY), Renderers.DASHED_LINE, AxisSide.RIGHT)),
                List.of(), List.of(), "", "", OptionalDouble.empty(), OptionalDouble.empty()));
        chart.setTimeLabels(TimeLabels.of(Optional.of(Instant.parse("2024-03-04T00:00:00Z")), 30));
        StackPane pane = new StackPane(chart);
        pane.addEventHandler(ScrollEvent.SCROLL, e -> scrolledAround++);
        stage.setScene(new Scene(pane, 640, 300));
        stage.show();
    }

    @Test
    void givenAChartWhenClickedOrDraggedThenTheCursorFollowsTheStepUnderTheMouse(FxRobot robot) throws Exception {
        robot.clickOn(stepPoint(12));

        assertEquals(12, chart.getCursorStep());

        robot.drag(stepPoint(12), MouseButton.PRIMARY).moveTo(stepPoint(30)).release(MouseButton.PRIMARY);

        assertEquals(30, chart.getCursorStep());
    }

    @Test
    void givenTheMouseOverAStepThenTheHoverTextShowsItsTimeAndValues(FxRobot robot) throws Exception {
        robot.moveTo(stepPoint(7));

        assertEquals("2024-03-04 03:30 UTC  avg=0.57  velocity=-7", ChartFx.call(chart::getHoverText));

        robot.moveTo(robot.point(chart).atOffset(new Point2D(-400, 0)));

        assertEquals("", ChartFx.call(chart::getHoverText));
    }

    @Test
    void givenTheWheelOverAStepWhenZoomingThenTheStepStaysInViewAndADoubleClickShowsAll(FxRobot robot)
            throws Exception {
        // Headless Monocle turns DOWN into a positive deltaY, what a wheel turned away from the user sends.
        robot.moveTo(stepPoint(36)).press(KeyCode.CONTROL).scroll(3, VerticalDirection.DOWN)
                .release(KeyCode.CONTROL);

        int from = ChartFx.call(() -> chart.visibleFromProperty().get());
        int to = ChartFx.call(() -> chart.visibleToProperty().get());
        assertTrue(from > 0 && to < STEPS && from <= 36 && 36 < to, from + ".." + to);

        robot.doubleClickOn(stepPoint(36));

        assertEquals(0, ChartFx.call(() -> chart.visibleFromProperty().get()));
        assertEquals(Integer.MAX_VALUE, ChartFx.call(() -> chart.visibleToProperty().get()));
    }

    @Test
    void givenThePlainWheelOverAChartThenThePaneAroundScrollsAndTheChartDoesNotZoom(FxRobot robot)
            throws Exception {
        robot.moveTo(stepPoint(20)).scroll(2, VerticalDirection.DOWN);

        assertEquals(0, ChartFx.call(() -> chart.visibleFromProperty().get()));
        assertEquals(Integer.MAX_VALUE, ChartFx.call(() -> chart.visibleToProperty().get()));
        assertEquals(2, ChartFx.call(() -> scrolledAround), "the wheel went on to the pane");
    }

    @Test
    void givenTheWholeRunInViewWhenCtrlWheelZoomsOutThenThePaneAroundScrollsInstead(FxRobot robot)
            throws Exception {
        // UP is the zoom out here (see above); the whole run is already in view, so the chart has no use for it.
        robot.moveTo(stepPoint(20)).press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP);

        assertEquals(0, ChartFx.call(() -> chart.visibleFromProperty().get()));
        assertEquals(Integer.MAX_VALUE, ChartFx.call(() -> chart.visibleToProperty().get()));
        assertEquals(2, ChartFx.call(() -> scrolledAround), "the wheel went on to the pane");

        robot.scroll(1, VerticalDirection.DOWN).release(KeyCode.CONTROL);

        assertTrue(ChartFx.call(() -> chart.visibleFromProperty().get()) > 0, "the chart zoomed in");
        assertEquals(2, ChartFx.call(() -> scrolledAround), "and kept that wheel event");
    }

    /** A point on the plot at the given step, halfway up. */
    private Point2D stepPoint(int step) throws Exception {
        PlotFrame f = ChartFx.call(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().orElseThrow().frame());
        return ChartFx.screen(chart, f.x(step), f.top() + f.height() / 2);
    }
}
