package io.carbonrouter.explorer.ui.chart;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the scatter paints, read back from the control. */
@ExtendWith(ApplicationExtension.class)
class ScatterRenderingFxTest {

    /** The second strategy's colour in the plots' stylesheet. */
    private static final Color SECOND = Color.web("#e69f00");
    private ScatterPlot plot;

    @Start
    void start(Stage stage) {
        // a's label goes to its right, across b, which sits 4 units (about 20 px) further right.
        ScatterSeries first = new ScatterSeries("first", SeriesColor.strategy(0), ScatterSeries.Shape.DOT,
                List.of(new ScatterPoint(50, 50, "a label long enough to cross b"), new ScatterPoint(0, 0, ""),
                        new ScatterPoint(100, 100, "")));
        ScatterSeries second = new ScatterSeries("second", SeriesColor.strategy(1), ScatterSeries.Shape.DOT,
                List.of(new ScatterPoint(54, 50, "b")));
        plot = new ScatterPlot("labels");
        plot.setData(new ScatterData("x", "y", "", List.of(first, second), List.of(), "", OptionalDouble.empty(),
                "", true));
        stage.setScene(new Scene(new StackPane(plot), 560, 420));
        stage.show();
    }

    @Test
    void givenALabelCrossingAnotherPointThenThePointIsDrawnOverTheLabelsPaleBox() throws Exception {
        Color centre = ChartFx.call(() -> {
            Point2D b = plot.positionOf(new ScatterPlot.Hit(1, 0)).orElseThrow();
            PixelReader pixels = plot.snapshot(null, null).getPixelReader();
            return pixels.getColor((int) Math.floor(b.getX()), (int) Math.floor(b.getY()));
        });

        assertEquals(SECOND, Color.color(centre.getRed(), centre.getGreen(), centre.getBlue()));
    }
}
