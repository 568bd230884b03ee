package io.carbonrouter.explorer.ui.chart;

import io.carbonrouter.explorer.ui.chart.skin.PlotFrame;
import io.carbonrouter.explorer.ui.chart.skin.Renderers;
import io.carbonrouter.explorer.ui.chart.skin.TimeSeriesChartSkin;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the chart paints, read back from its canvas (and saved under target/chart-snapshots to look at). */
@ExtendWith(ApplicationExtension.class)
class ChartRenderingFxTest {

    private static final int STEPS = 105_120;
    private static final int SPIKE = 50_000;
    /** The first flavour's colour in the plots' stylesheet. */
    private static final Color SERIES = Color.web("#0072B2");
    private static final SeriesColor FIRST_FLAVOUR = SeriesColor.flavour(0);
    private TimeSeriesChart chart;

    @Start
    void start(Stage stage) {
        double[] values = new double[STEPS];
        values[SPIKE] = 1;
        chart = new TimeSeriesChart("One spike in a year of five-minute steps");
        chart.setData(new ChartData(STEPS, List.of(new ChartSeries("load", values, FIRST_FLAVOUR, Renderers.LINE,
                AxisSide.LEFT)), List.of(), List.of(), "", "", OptionalDouble.of(0), OptionalDouble.of(1)));
        chart.setTimeLabels(DemoData.labels());
        stage.setScene(new Scene(new StackPane(chart), 800, 260));
        stage.show();
    }

    @Test
    void givenOneSpikeAmongMoreStepsThanPixelsThenItsColumnStillShowsIt() throws Exception {
        PlotFrame f = frame();
        PixelReader pixels = snapshot("spike.png");

        int column = (int) Math.floor(f.left() + (double) (SPIKE - f.from()) * f.columns() / f.span());
        int halfway = (int) (f.top() + f.height() / 2);
        assertEquals(SERIES, opaque(pixels.getColor(column, halfway)), "the spike's column at half height");
        assertEquals(Color.WHITE, opaque(pixels.getColor(column - 10, halfway)), "a quiet column at half height");
    }

    @Test
    void givenTheAxisLinesThenEachCoversExactlyOnePixelRow() throws Exception {
        PlotFrame f = frame();
        PixelReader pixels = snapshot("axes.png");

        int row = (int) Math.floor(f.bottom());
        int x = (int) (f.left() + 40);
        Color axis = pixels.getColor(x, row);
        assertEquals(Color.web("#a0a0a0"), axis, "the bottom axis line, unblended");
        assertNotEquals(axis, pixels.getColor(x, row + 1));
        assertNotEquals(axis, pixels.getColor(x, row - 2));
    }

    @Test
    void givenASeriesSwingingFullRangeInEveryColumnThenItIsASeeThroughBandNotABlock() throws Exception {
        double[] swinging = new double[STEPS];
        for (int i = 0; i < STEPS; i++) {
            swinging[i] = i % 2;
        }
        ChartFx.call(() -> {
            chart.setData(new ChartData(STEPS, List.of(new ChartSeries("throttle", swinging, FIRST_FLAVOUR,
                    Renderers.LINE, AxisSide.LEFT)), List.of(), List.of(), "", "", OptionalDouble.of(0),
                    OptionalDouble.of(1)));
            return null;
        });
        PlotFrame f = frame();
        PixelReader pixels = snapshot("swinging.png");

        Color middle = pixels.getColor((int) (f.left() + f.width() / 2), (int) (f.top() + f.height() / 2));
        assertNotEquals(SERIES, opaque(middle), "faded, not the full colour");
        assertNotEquals(Color.WHITE, opaque(middle), "but still drawn");
    }

    @Test
    void givenDeployedTicksThenTheSlotGridShowsOnlyOnceZoomedInFarEnoughToSeeTheSlots() throws Exception {
        // 15 s ticks in 7-minute slots, so that no slot boundary but the window's end meets a time tick.
        int slot = 28;
        ChartFx.call(() -> {
            chart.setData(new ChartData(STEPS, List.of(new ChartSeries("flat", new double[STEPS], FIRST_FLAVOUR,
                    Renderers.LINE, AxisSide.LEFT)), List.of(), List.of(), "", "", OptionalDouble.of(0),
                    OptionalDouble.of(1)));
            chart.setTimeLabels(TimeLabels.of(Optional.of(Instant.parse("2024-03-04T00:00:00Z")), 0.25, 7));
            return null;
        });
        PlotFrame whole = frame();
        PixelReader zoomedOut = snapshot("slot-grid-whole.png");
        int row = (int) (whole.top() + whole.height() / 2);
        long marked = IntStream.range((int) whole.left() + 1, (int) (whole.left() + whole.width()))
                .filter(x -> !opaque(zoomedOut.getColor(x, row)).equals(Color.WHITE)).count();
        assertTrue(marked < 20, "a year of slots is not a grey wash: " + marked + " marked columns");

        ChartFx.call(() -> {
            chart.showWindow(new TimeWindow(0, 10 * slot), chart.getData().steps());
            return null;
        });
        PlotFrame zoomed = frame();
        PixelReader pixels = snapshot("slot-grid-zoomed.png");
        for (int k = 1; k < 10; k++) {
            int x = (int) Math.floor(zoomed.x(k * slot - 0.5));
            assertNotEquals(Color.WHITE, opaque(pixels.getColor(x, row)), "the boundary before slot " + k);
        }
        assertEquals(Color.WHITE, opaque(pixels.getColor((int) zoomed.x(slot / 2.0), row)), "inside a slot");
    }

    @Test
    void givenAPinnedRunOfStackedAreasThenItsDashedOutlinesShowOverTheCurrentAreas() throws Exception {
        int steps = 200;
        double[] full = filled(steps, 1);
        double[] half = filled(steps, 0.5);
        ChartFx.call(() -> {
            chart.setData(stack(steps, full));
            chart.setGhostData(stack(steps, half));
            return null;
        });
        PlotFrame f = frame();
        PixelReader pixels = snapshot("ghost-stack.png");

        int row = (int) Math.floor(f.top() + f.height() / 2);
        long outline = IntStream.range((int) f.left() + 20, (int) (f.left() + 80))
                .flatMap(x -> IntStream.rangeClosed(row - 1, row + 1)
                        .filter(y -> !opaque(pixels.getColor(x, y)).equals(SERIES)))
                .count();
        assertTrue(outline > 10, "the pinned run's top at 0.5 is seen through the area at 1: " + outline
                + " pixels not in the area's colour");
        ChartFx.call(() -> {
            chart.setGhostData(null);
            return null;
        });
    }

    @Test
    void givenAMeasuredRunThenItsLinesShowOverTheCurrentBarsWhereAPinnedRunsHideBehindThem() throws Exception {
        int steps = 200;
        double[] full = filled(steps, 1);
        double[] half = filled(steps, 0.5);
        ChartData bars = new ChartData(steps, List.of(new ChartSeries("emissions", full, FIRST_FLAVOUR,
                Renderers.BARS, AxisSide.LEFT)), List.of(), List.of(), "", "", OptionalDouble.of(0),
                OptionalDouble.of(1));
        ChartData line = new ChartData(steps, List.of(new ChartSeries("emissions", half, FIRST_FLAVOUR,
                Renderers.LINE, AxisSide.LEFT)), List.of(), List.of(), "", "", OptionalDouble.empty(),
                OptionalDouble.empty());
        ChartFx.call(() -> {
            chart.setData(bars);
            chart.setGhostData(line);
            return null;
        });
        PlotFrame f = frame();
        long ghost = barPixels(snapshot("ghost-behind-bars.png"), f);
        ChartFx.call(() -> {
            chart.setGhostData(null);
            chart.setMeasuredData(line);
            return null;
        });
        long measured = barPixels(snapshot("measured-over-bars.png"), f);
        ChartFx.call(() -> {
            chart.setMeasuredData(null);
            return null;
        });

        assertTrue(ghost > 60, "behind the bars the pinned run's line leaves them their colour: " + ghost);
        assertTrue(measured < ghost / 2, "the measured run's line covers the bars: " + measured + " bar-coloured"
                + " pixels on its row, " + ghost + " with a pinned run");
    }

    /** Pixels on the line's row (half height), away from the plot's edges, in the bars' colour. */
    private static long barPixels(PixelReader pixels, PlotFrame f) {
        int row = (int) Math.round(f.top() + f.height() / 2);
        return IntStream.range((int) f.left() + 20, (int) (f.left() + 220))
                .filter(x -> opaque(pixels.getColor(x, row)).equals(SERIES)).count();
    }

    private static double[] filled(int steps, double value) {
        double[] v = new double[steps];
        Arrays.fill(v, value);
        return v;
    }

    private static ChartData stack(int steps, double[] values) {
        return new ChartData(steps, List.of(new ChartSeries("precision-100", values, FIRST_FLAVOUR,
                Renderers.STACKED_AREA, AxisSide.LEFT)), List.of(), List.of(), "", "", OptionalDouble.of(0),
                OptionalDouble.of(1));
    }

    private PlotFrame frame() throws Exception {
        return ChartFx.call(() -> ((TimeSeriesChartSkin) chart.getSkin()).geometry().orElseThrow().frame());
    }

    private PixelReader snapshot(String name) throws Exception {
        WritableImage image = ChartFx.call(() -> chart.getChildrenUnmodifiable().get(0).snapshot(null, null));
        File dir = new File("target/chart-snapshots");
        dir.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name));
        return image.getPixelReader();
    }

    private static Color opaque(Color c) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue());
    }

}
