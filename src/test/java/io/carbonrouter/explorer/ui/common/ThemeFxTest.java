package io.carbonrouter.explorer.ui.common;

import io.carbonrouter.explorer.ui.chart.AxisSide;
import io.carbonrouter.explorer.ui.chart.ChartData;
import io.carbonrouter.explorer.ui.chart.ChartSeries;
import io.carbonrouter.explorer.ui.chart.ScatterData;
import io.carbonrouter.explorer.ui.chart.ScatterPlot;
import io.carbonrouter.explorer.ui.chart.SeriesColor;
import io.carbonrouter.explorer.ui.chart.SeriesSwatch;
import io.carbonrouter.explorer.ui.chart.TimeSeriesChart;
import io.carbonrouter.explorer.ui.chart.skin.PlotFrame;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A theme is CSS only: the plots and swatches paint the series colours and the chrome their stylesheet gives. */
@ExtendWith(ApplicationExtension.class)
class ThemeFxTest {

    /** high-contrast.css's first flavour and precision colour; the plots' own stylesheet has #0072b2 for both. */
    private static final Color CONTRAST_BLUE = Color.web("#0047ab");
    private static final Color DEFAULT_BLUE = Color.web("#0072b2");
    private static final int STEPS = 50;

    private Scene scene;
    private TimeSeriesChart chart;
    private ScatterPlot scatter;
    private SeriesSwatch swatch;

    @Start
    void start(Stage stage) {
        double[] full = new double[STEPS];
        Arrays.fill(full, 1);
        chart = new TimeSeriesChart("weights");
        chart.setData(new ChartData(STEPS, List.of(new ChartSeries("precision-100", full, SeriesColor.flavour(0),
                Renderers.STACKED_AREA, AxisSide.LEFT)), List.of(), List.of(), "", "", OptionalDouble.of(0),
                OptionalDouble.of(1)));
        scatter = new ScatterPlot("sweep");
        scatter.setData(ScatterData.empty());
        swatch = new SeriesSwatch(SeriesColor.strategy(4), 10);
        scene = new Scene(new VBox(chart, scatter, swatch), 600, 700);
        scene.getStylesheets().add(Presentation.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void givenTheAppStylesheetThenThePlotsUseTheirOwnDefaults() throws Exception {
        assertEquals(DEFAULT_BLUE, call(() -> chart.chartStyle().color(SeriesColor.flavour(0))));
        assertEquals(DEFAULT_BLUE, call(() -> scatter.chartStyle().color(SeriesColor.of(SeriesColor.Role.PRECISION))));
        assertEquals(Color.web("#4b4b4b"), call(swatch::color), "p100's grey");
        assertEquals(DEFAULT_BLUE, opaque(plotMiddle()));
    }

    @Test
    void givenTheHighContrastThemeThenChartScatterAndSwatchPaintItsColoursAndSwitchingBackRestoresThem()
            throws Exception {
        call(() -> {
            Theme.apply(scene, true);
            scene.getRoot().applyCss();
            return null;
        });

        assertEquals(CONTRAST_BLUE, call(() -> chart.chartStyle().color(SeriesColor.flavour(0))));
        assertEquals(Color.web("#c00000"), call(() -> scatter.chartStyle().color(SeriesColor.of(
                SeriesColor.Role.MARKER))));
        assertEquals(Color.BLACK, call(swatch::color), "p100 in black");
        assertEquals(CONTRAST_BLUE, opaque(plotMiddle()), "the stacked area's pixels");

        call(() -> {
            Theme.apply(scene, false);
            return null;
        });
        assertEquals(DEFAULT_BLUE, opaque(plotMiddle()));
        assertNotEquals(CONTRAST_BLUE, call(swatch::color));
    }

    @Test
    void givenEitherThemeThenTheHoverBoxPaintsItsFillAndBorder() throws Exception {
        HoverBox plain = hoverBox();
        assertClose(Color.web("#b8b8b8"), plain.border(), "timeseries-chart.css's grey border");
        assertClose(Color.rgb(255, 255, 255, 0.94), plain.fill(), "the nearly opaque white fill");

        call(() -> {
            Theme.apply(scene, true);
            scene.getRoot().applyCss();
            return null;
        });
        HoverBox contrast = hoverBox();
        assertClose(Color.BLACK, contrast.border(), "high-contrast.css's black border");
        assertClose(Color.WHITE, contrast.fill(), "an opaque white fill");
        assertTrue(contrast.beside().getOpacity() > 0.2, "the 1.5 px border reaches the next pixel: "
                + contrast.beside());

        call(() -> {
            Theme.apply(scene, false);
            return null;
        });
        assertClose(Color.web("#b8b8b8"), hoverBox().border(), "switching back restores the grey");
    }

    /** Pixels of the hover box's left edge: its border, the pixel outside it and the fill inside. */
    private record HoverBox(Color border, Color beside, Color fill) {
    }

    /**
     * Hovers the chart near its plot's top left corner and reads the overlay: the box's left edge is at the
     * mouse plus 14 px (HoverPainter.OFFSET), its top likewise; 10 px down is clear of its round corner, 3 px
     * in is clear of the text.
     */
    private HoverBox hoverBox() throws Exception {
        return call(() -> {
            chart.applyCss();
            chart.layout();
            TimeSeriesChartSkin skin = (TimeSeriesChartSkin) chart.getSkin();
            PlotFrame f = skin.geometry().orElseThrow().frame();
            double mouseX = Math.round(f.left() + 20);
            double mouseY = Math.round(f.top() + 10);
            skin.hover(mouseX, mouseY);
            chart.layout();
            Canvas overlay = (Canvas) chart.getChildrenUnmodifiable().get(1);
            SnapshotParameters transparent = new SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            PixelReader pixels = overlay.snapshot(transparent, null).getPixelReader();
            int x = (int) (mouseX + 14);
            int y = (int) (mouseY + 14 + 10);
            return new HoverBox(pixels.getColor(x, y), pixels.getColor(x - 1, y), pixels.getColor(x + 3, y));
        });
    }

    private static void assertClose(Color expected, Color actual, String what) {
        double d = Math.max(Math.max(Math.abs(expected.getRed() - actual.getRed()),
                Math.abs(expected.getGreen() - actual.getGreen())), Math.max(Math.abs(expected.getBlue()
                - actual.getBlue()), Math.abs(expected.getOpacity() - actual.getOpacity())));
        assertTrue(d < 0.02, what + ": expected " + expected + ", painted " + actual);
    }

    /** The canvas pixel in the middle of the plot, once the chart has repainted. */
    private Color plotMiddle() throws Exception {
        return call(() -> {
            chart.applyCss();
            chart.layout();
            Canvas picture = (Canvas) chart.getChildrenUnmodifiable().get(0);
            PixelReader pixels = picture.snapshot(null, null).getPixelReader();
            return pixels.getColor((int) picture.getWidth() / 2, (int) picture.getHeight() / 2);
        });
    }

    private static Color opaque(Color c) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static <T> T call(Callable<T> callable) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(callable).get();
    }
}
