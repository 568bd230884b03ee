package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.ChartGeometry;
import io.carbonrouter.explorer.ui.chart.skin.LegendBox;
import io.carbonrouter.explorer.ui.chart.skin.PlotFrame;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The precision chart's "target 85 %" label never sits over the data: it is a legend entry above the plot, even
 * where the precision runs right along the target (the deployed loop holds it there the whole run) or sits on it
 * at one end (the UK winter sample), in the chart's narrowest and widest cells and at presentation mode's larger
 * font.
 */
@ExtendWith(ApplicationExtension.class)
class TargetLabelFxTest {

    private static final int STEPS = 2_000;
    private static final String LABEL = "target 85 %";
    private TimeSeriesChart chart;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        chart = new TimeSeriesChart("Precision vs target (%)");
        chart.setTimeLabels(DemoData.labels());
        stage.setScene(new Scene(new StackPane(chart), 800, 260));
        stage.show();
    }

    @ParameterizedTest
    @CsvSource({
        "along, 800, 260, 11.5", "along, 300, 235, 11.5", "along, 300, 285, 15", "along, 560, 285, 15",
        "leftEnd, 800, 260, 11.5", "leftEnd, 300, 235, 11.5", "leftEnd, 300, 285, 15", "rightEnd, 420, 235, 15"})
    void givenPrecisionOnTheTargetThenTheTargetLabelIsALegendEntryOutsideThePlot(String shape, double width,
                                                                                 double height, double font)
            throws Exception {
        IntToDoubleFunction precision = switch (shape) {
            case "along" -> i -> 85 + (i % 7 == 0 ? 0.4 : 0);
            case "leftEnd" -> i -> i < STEPS / 8 ? 85 : 95 - 10.0 * i / STEPS;
            default -> i -> i > STEPS * 7 / 8 ? 85 : 60;
        };
        ChartGeometry g = show(precision, width, height, font);

        LegendBox label = g.legendEntry(LABEL).orElseThrow(() -> new AssertionError("no legend entry " + LABEL
                + " among " + g.legend()));
        PlotFrame f = g.frame();
        Bounds plot = new BoundingBox(f.left(), f.top(), f.width(), f.height());
        Bounds box = label.bounds();
        assertFalse(box.intersects(plot), LABEL + " at " + box + " overlaps the plot " + plot);
        assertTrue(box.getMinX() >= 0 && box.getMaxX() <= width && box.getMinY() >= 0, LABEL + " at " + box
                + " is cut off by the chart's edge (" + width + " wide)");
        double targetY = g.y(AxisSide.LEFT, 85);
        assertTrue(targetY > f.top() && targetY < f.bottom(), "the target line is in the plot");
    }

    private ChartGeometry show(IntToDoubleFunction precision, double width, double height, double font)
            throws Exception {
        double[] v = new double[STEPS];
        Arrays.setAll(v, precision::applyAsDouble);
        ChartData data = new ChartData(STEPS, List.of(new ChartSeries("avg", v, SeriesColor.of(SeriesColor.Role.PRECISION),
                Renderers.LINE, AxisSide.LEFT)), List.of(),
                List.of(new ChartLine(85, SeriesColor.of(SeriesColor.Role.TARGET), LABEL)), "%", "",
                OptionalDouble.of(0), OptionalDouble.of(100));
        ChartFx.call(() -> {
            chart.setStyle("-chart-font-size: " + font + ";");
            chart.setData(data);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return ChartFx.call(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().orElseThrow());
    }
}
