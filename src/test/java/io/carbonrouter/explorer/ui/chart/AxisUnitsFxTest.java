package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.PlotFrame;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The units of the two value axes share the line above the plot while they fit side by side, and take a line each
 * in a chart too narrow for both (the emissions chart's "relative units/step" and "relative units total" ran into
 * each other at 1024x768).
 */
@ExtendWith(ApplicationExtension.class)
class AxisUnitsFxTest {

    private static final int STEPS = 100;
    private TimeSeriesChart chart;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        double[] v = new double[STEPS];
        Arrays.setAll(v, i -> i);
        chart = new TimeSeriesChart("Emissions");
        chart.setTimeLabels(DemoData.labels());
        chart.setData(new ChartData(STEPS, List.of(
                new ChartSeries("emissions", v, SeriesColor.flavour(0), Renderers.LINE, AxisSide.LEFT),
                new ChartSeries("total", v, SeriesColor.flavour(1), Renderers.LINE, AxisSide.RIGHT)),
                List.of(), List.of(), "relative units/step", "relative units total", OptionalDouble.of(0),
                OptionalDouble.empty()));
        stage.setScene(new Scene(new StackPane(chart), 700, 260));
        stage.show();
    }

    @Test
    void givenANarrowChartThenTheRightUnitMovesToALineOfItsOwn() throws Exception {
        double wide = plotTop(700);
        double narrow = plotTop(240);
        double line = ChartFx.call(() -> chart.chartStyle().lineHeight());

        assertEquals(wide + line, narrow, 0.5, "one more line of units above the plot");
        assertEquals(wide, plotTop(700), 0.5, "back on one line when there is room");
    }

    private double plotTop(double width) throws Exception {
        ChartFx.call(() -> {
            stage.setWidth(width);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        PlotFrame f = ChartFx.call(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().orElseThrow().frame());
        return f.top();
    }
}
