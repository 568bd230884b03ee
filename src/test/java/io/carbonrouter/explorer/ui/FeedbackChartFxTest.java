package io.carbonrouter.explorer.ui;

import io.carbonrouter.explorer.simulation.DeploymentLoop;
import io.carbonrouter.explorer.simulation.DeploymentLoop.DemandForecast;
import io.carbonrouter.explorer.simulation.DeploymentLoop.Feedback;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.skin.PlotFrame;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import io.carbonrouter.explorer.ui.run.RunOutcome;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackChartFxTest extends ExplorerFxTestBase {

    @Test
    void givenADeployedRunThenTheFeedbackChartUnderThePrecisionChartDrawsTheCommandedAndTheRealisedPrecision() {
        runFx(() -> vm().model().edit("deployment loop", s -> s.toBuilder()
                .loop(Optional.of(new DeploymentLoop(700, Feedback.EXPECTED, DemandForecast.FLAT))).build()));
        waitUntil(() -> {
            RunOutcome o = vm().runs().outcomeProperty().get();
            return o != null && !o.run().clock().perSlot() && o.run().steps() == 370;
        });
        TimeSeriesChart feedback = chart("chart-feedback");
        TimeSeriesChart precision = chart("chart-precision");

        assertTrue(invoke(feedback::isVisible));
        Bounds below = invoke(() -> feedback.localToScene(feedback.getBoundsInLocal()));
        Bounds above = invoke(() -> precision.localToScene(precision.getBoundsInLocal()));
        assertEquals(above.getMinX(), below.getMinX(), 1, "same column");
        assertTrue(below.getMinY() >= above.getMaxY() - 1, "under the precision chart: " + below + " " + above);
        assertTrue(below.getHeight() > 60, "tall enough to read: " + below.getHeight());

        ChartData data = invoke(feedback::getData);
        assertEquals(List.of("commanded", "realised"), data.series().stream().map(ChartSeries::name).toList());
        ChartSeries realised = data.series().get(1);
        assertTrue(Double.isNaN(realised.valueAt(0)), "no feedback before the first tick");
        assertTrue(IntStream.range(1, 370).allMatch(t -> Double.isFinite(realised.valueAt(t))), "fed at every tick");

        WritableImage picture = invoke(() -> feedback.snapshot(null, null));
        PlotFrame plot = invoke(() -> ((TimeSeriesChartSkin) feedback.getSkin()).geometry().orElseThrow().frame());
        Insets pad = invoke(feedback::getPadding);
        for (ChartSeries s : data.series()) {
            Color color = invoke(() -> feedback.chartStyle().color(s.color()));
            assertTrue(pixelsNear(picture, plot, pad, color) > 100, s.name() + " is drawn in the plot in " + color);
        }
    }

    /**
     * How many pixels of the plot (not the legend's swatches) are close to {@code color}; lines are anti-aliased
     * at their edges. The plot is measured on the canvas, which sits inside the chart's padding.
     */
    private static int pixelsNear(WritableImage picture, PlotFrame plot, Insets pad, Color color) {
        PixelReader pixels = picture.getPixelReader();
        int near = 0;
        int top = (int) (pad.getTop() + plot.top());
        int left = (int) (pad.getLeft() + plot.left());
        for (int y = top; y < Math.min(top + (int) plot.height(), (int) picture.getHeight()); y++) {
            for (int x = left; x < Math.min(left + (int) plot.width(), (int) picture.getWidth()); x++) {
                Color c = pixels.getColor(x, y);
                double d = Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                        + Math.abs(c.getBlue() - color.getBlue());
                if (d < 0.12) {
                    near++;
                }
            }
        }
        return near;
    }
}
